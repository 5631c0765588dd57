using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Docx.Tests;

/// <summary>
/// The writer on the real thing: the example schools in schools/, built through the core's build
/// service exactly as "plangen build --format docx" does, into a temporary folder.
/// </summary>
public sealed class ExampleSchoolsTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), $"plangen-docx-schools-{Guid.NewGuid():N}");

    [Fact]
    public void Every_example_school_builds_valid_docx_files()
    {
        var general = new DiagnosticBag();
        var results = new BuildService().Build(new BuildOptions
        {
            Root = TestDocuments.RepositoryRoot,
            Writers = [new DocxWriter()],
            OutputDirectory = output,
        }, general);

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.False(r.Failed, $"{r.School} failed to build"));
        var files = Directory.GetFiles(output, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(results.Sum(r => r.Written.Count), files.Count);

        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        foreach (var file in files)
        {
            using var word = WordprocessingDocument.Open(file, isEditable: false);
            var errors = validator.Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, $"{file}: {string.Join("\n", errors)}");

            var body = word.MainDocumentPart!.Document!.Body!;
            var isCard = Path.GetFileName(file).StartsWith("kwaliteitskaart", StringComparison.Ordinal);
            var orientation = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!.Orient?.Value;
            Assert.Equal(isCard ? PageOrientationValues.Landscape : null, orientation);
            Assert.Contains(body.Descendants<ParagraphStyleId>(), s => s.Val?.Value == "Heading1");
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
