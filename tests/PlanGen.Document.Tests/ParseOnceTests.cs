using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Editions;
using PlanGen.Core.Output;

namespace PlanGen.Document.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "parse counter";
}

/// <summary>Each document is parsed once per edition: the build counts one parse per document written.</summary>
[Collection(SerialCollection.Name)]
public sealed class ParseOnceTests
{
    [Theory]
    [InlineData(Edition.Intern)]
    [InlineData(Edition.Openbaar)]
    public void A_build_parses_each_document_once(Edition edition)
    {
        var output = Path.Combine(Path.GetTempPath(), $"plangen-parse-{edition}-{Environment.ProcessId}");
        try
        {
            var before = RenderedDocument.ParseCount;
            var options = new BuildOptions { Root = Repository.Root, Writers = [new MarkdownWriter(), new PlanGen.Html.HtmlWriter()], OutputDirectory = output, Edition = edition, Force = true };
            new BuildService().Build(options, new DiagnosticBag());
            var documents = Directory.GetFiles(output, "*.md", SearchOption.AllDirectories).Length;
            Assert.True(documents >= 10, $"{documents} documents");
            // Plus the writers' warm-up: one small sample plan (Core/Building/WriterWarmUp), once per build.
            Assert.Equal(documents + 1, RenderedDocument.ParseCount - before);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
