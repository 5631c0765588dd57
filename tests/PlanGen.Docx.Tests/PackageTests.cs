using System.IO.Compression;
using DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace PlanGen.Docx.Tests;

public sealed class PackageTests
{
    [Theory]
    [MemberData(nameof(TestDocuments.Fixtures), MemberType = typeof(TestDocuments))]
    public void Two_builds_give_identical_bytes(string fixture)
    {
        var first = TestDocuments.WriteDocx(TestDocuments.ByFixture(fixture));
        var second = TestDocuments.WriteDocx(TestDocuments.ByFixture(fixture));

        Assert.True(first.AsSpan().SequenceEqual(second), $"builds differ ({first.Length} vs {second.Length} bytes)");
    }

    [Fact]
    public void Zip_entries_have_a_fixed_order_and_time()
    {
        using var zip = new ZipArchive(new MemoryStream(TestDocuments.WriteDocx(TestDocuments.Plan())));

        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.Equal("_rels/.rels", zip.Entries[1].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2025, 8, 1), e.LastWriteTime.DateTime));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("psmdcp", StringComparison.Ordinal));
    }

    [Fact]
    public void Core_properties_describe_the_document_in_Dutch()
    {
        using var docx = OpenDocx.Of(TestDocuments.Plan());
        var properties = docx.Package.PackageProperties;

        Assert.Equal("Sociaal veiligheidsplan", properties.Title);
        // The one subject every writer uses (PageTexts.Subject; the PDF says the same).
        Assert.Equal("Sociaal veiligheidsplan van OBS De Linde, schooljaar 2025-2026", properties.Subject);
        Assert.Equal("Stichting Openbaar Onderwijs Lindeland", properties.Creator);
        Assert.Equal("sociale veiligheid, OBS De Linde, 2025-2026", properties.Keywords);
        Assert.Equal("nl-NL", properties.Language);
        Assert.Equal(new DateTime(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc), properties.Created!.Value.ToUniversalTime());
        Assert.Equal(properties.Created, properties.Modified);
    }

    [Fact]
    public void Logo_is_embedded_scaled_and_with_alt_text()
    {
        using var docx = OpenDocx.Of(TestDocuments.Plan());

        var image = Assert.Single(docx.Main.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        var inline = docx.Body.Descendants<Inline>().Single();
        Assert.Equal("Logo van OBS De Linde", inline.DocProperties!.Description!.Value);

        // 300 x 120 px at 150 dpi is 5.08 x 2.03 cm: within the 6 x 3.5 cm box, so kept at natural size
        // (give or take the rounding of 150 dpi to 5906 pixels per metre).
        Assert.InRange(inline.Extent!.Cx!.Value, 1828800L - 500, 1828800L + 500);
        Assert.InRange(inline.Extent.Cy!.Value, 731520L - 200, 731520L + 200);
    }

    [Fact]
    public void Writer_registers_as_docx()
    {
        var writer = new DocxWriter();

        Assert.Equal("docx", writer.Format);
        Assert.Equal("docx", writer.Extension);
    }
}
