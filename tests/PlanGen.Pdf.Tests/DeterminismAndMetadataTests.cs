using PlanGen.Core.Output;
using PlanGen.Document;
using UglyToad.PdfPig;
using Xunit;

namespace PlanGen.Pdf.Tests;

public sealed class DeterminismAndMetadataTests
{
    [Fact]
    public void TwoWritesGiveIdenticalBytes()
    {
        Assert.Equal(Fixtures.Write(Fixtures.PlanDocument()), Fixtures.Write(Fixtures.PlanDocument()));
        Assert.Equal(Fixtures.Write(Fixtures.KaartDocument()), Fixtures.Write(Fixtures.KaartDocument()));
    }

    [Fact]
    public void ParallelWritesGiveTheSameBytes()
    {
        // The CLI builds schools in parallel; fonts and shaping caches are shared.
        var expected = Fixtures.Write(Fixtures.PlanDocument());
        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = Fixtures.Write(i % 2 == 0 ? Fixtures.PlanDocument() : Fixtures.KaartDocument()));
        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Equal(expected, r));
    }

    [Fact]
    public void WriterIdentifiesAsPdf()
    {
        var writer = new PdfWriter();
        Assert.Equal("pdf", writer.Format);
        Assert.Equal("pdf", writer.Extension);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(Fixtures.Write(Fixtures.PlanDocument()), 0, 5));
    }

    [Fact]
    public void MetadataComesFromDocumentInfo()
    {
        using var pdf = PdfDocument.Open(Fixtures.Write(Fixtures.PlanDocument()));
        var info = pdf.Information;
        Assert.Equal("Sociaal veiligheidsplan OBS De Linde 2025-2026", info.Title);
        Assert.Equal("Stichting Voorbeeldscholen", info.Author);
        Assert.Contains("OBS De Linde", info.Subject);
        Assert.Contains("sociale veiligheid", info.Keywords);
        Assert.StartsWith("D:20250801000000", info.CreationDate);
        Assert.StartsWith("D:20250801000000", info.ModifiedDate);
    }

    [Fact]
    public void XmpDeclaresPdfA2b()
    {
        using var pdf = PdfDocument.Open(Fixtures.Write(Fixtures.PlanDocument()));
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var text = System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
        Assert.Contains("pdfaid:part", text);
        Assert.Contains("Sociaal veiligheidsplan", text);
    }

    [Fact]
    public void TimestampChangesOnlyTheDates()
    {
        var later = RenderedDocument.Create(Fixtures.Info() with { Timestamp = new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero) }, Fixtures.Plan);
        using var pdf = PdfDocument.Open(Fixtures.Write(later));
        Assert.StartsWith("D:20260801", pdf.Information.CreationDate);
    }
}
