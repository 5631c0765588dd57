namespace PlanGen.Document.Tests.WrongWriter;

/// <summary>Deliberately wrong: a writer that reads the school model instead of the document (see ArchitectureTests).</summary>
internal sealed class ModelReadingWriter
{
    public string Describe(PlanGen.Core.Model.SchoolData school) => school.School.Naam;
}
