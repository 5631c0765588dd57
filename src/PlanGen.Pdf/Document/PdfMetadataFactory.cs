using PlanGen.Document;
using PlanGen.Pdf.Serialiser;

namespace PlanGen.Pdf.Document;

/// <summary>PDF document information, with the fixed timestamp of the document for reproducible bytes.</summary>
internal static class PdfMetadataFactory
{
    public static PdfMetadata Create(DocumentInfo info) => new(
        Title: $"{info.Title} {info.SchoolName} {info.SchoolYear}",
        Author: info.BoardName,
        Subject: $"{info.Title} van {info.SchoolName}, schooljaar {info.SchoolYear}",
        Keywords: string.Join(", ", info.Keywords),
        Language: info.Language,
        Timestamp: info.Timestamp);
}
