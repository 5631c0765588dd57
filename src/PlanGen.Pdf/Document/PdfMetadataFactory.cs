using PlanGen.Document;
using SkiaSharp;

namespace PlanGen.Pdf.Document;

/// <summary>PDF document information and PDF/A identification, with fixed dates for reproducible bytes.</summary>
internal static class PdfMetadataFactory
{
    public static SKDocumentPdfMetadata Create(DocumentInfo info)
    {
        var time = info.Timestamp.UtcDateTime;
        return new SKDocumentPdfMetadata
        {
            Title = $"{info.Title} {info.SchoolName} {info.SchoolYear}",
            Author = info.BoardName,
            Subject = $"{info.Title} van {info.SchoolName}, schooljaar {info.SchoolYear}",
            Keywords = string.Join(", ", info.Keywords),
            Creator = "PlanGen",
            Producer = "PlanGen (SkiaSharp)",
            Creation = time,
            Modified = time,
            RasterDpi = 150,
            EncodingQuality = 90,
            PdfA = true,
        };
    }
}
