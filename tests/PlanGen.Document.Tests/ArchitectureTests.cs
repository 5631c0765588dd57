using System.Reflection;
using NetArchTest.Rules;

namespace PlanGen.Document.Tests;

/// <summary>
/// The document model is the one contract: a writer sees only PlanGen.Document (never Core, YAML,
/// loading or the model), Core never references a writer, and PlanGen.Document references no other
/// PlanGen project. The last test shows the rule failing on a deliberately wrong reference.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Forbidden = ["PlanGen.Core", "PlanGen.Lifecycle", "PlanGen.Site", "YamlDotNet", "Scriban"];

    public static TheoryData<string> Writers() => new() { "PlanGen.Docx", "PlanGen.Html", "PlanGen.Pdf" };

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_writer_references_only_the_document_model(string writer)
    {
        var result = Types.InAssembly(Assembly.Load(writer)).ShouldNot().HaveDependencyOnAny(Forbidden).GetResult();
        Assert.True(result.IsSuccessful, Failing(result));
        Assert.DoesNotContain(Assembly.Load(writer).GetReferencedAssemblies(), a => Forbidden.Contains(a.Name));
    }

    [Fact]
    public void Core_references_no_writer()
    {
        var core = typeof(PlanGen.Core.Building.DocumentRenderer).Assembly;
        var result = Types.InAssembly(core).ShouldNot().HaveDependencyOnAny("PlanGen.Docx", "PlanGen.Html", "PlanGen.Pdf").GetResult();
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void The_document_model_references_no_other_PlanGen_project()
    {
        var result = Types.InAssembly(typeof(RenderedDocument).Assembly).ShouldNot()
            .HaveDependencyOnAny([.. Forbidden, "PlanGen.Docx", "PlanGen.Html", "PlanGen.Pdf"]).GetResult();
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void The_rule_fails_on_a_deliberately_wrong_reference()
    {
        // A "writer" in this test assembly that reads the school model: the writers' rule must catch it.
        var result = Types.InAssembly(typeof(ArchitectureTests).Assembly)
            .That().ResideInNamespace(typeof(WrongWriter.ModelReadingWriter).Namespace)
            .ShouldNot().HaveDependencyOnAny(Forbidden).GetResult();
        Assert.False(result.IsSuccessful);
        Assert.Contains(typeof(WrongWriter.ModelReadingWriter).FullName, result.FailingTypeNames ?? []);
    }

    private static string Failing(TestResult result) => string.Join(", ", result.FailingTypeNames ?? []);
}
