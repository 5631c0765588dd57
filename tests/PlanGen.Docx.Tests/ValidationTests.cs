using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace PlanGen.Docx.Tests;

public sealed class ValidationTests
{
    [Theory]
    [MemberData(nameof(TestDocuments.Fixtures), MemberType = typeof(TestDocuments))]
    public void Docx_has_no_Open_XML_validation_errors(string fixture)
    {
        var bytes = TestDocuments.WriteDocx(TestDocuments.ByFixture(fixture));

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.True(errors.Count == 0, $"{errors.Count} validation errors:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void Docx_without_logo_is_valid_too()
    {
        var bytes = TestDocuments.WriteDocx(TestDocuments.Plan(logoPath: "/nonexistent/logo.png"));

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word));
        Assert.Empty(word.MainDocumentPart!.ImageParts);
    }
}
