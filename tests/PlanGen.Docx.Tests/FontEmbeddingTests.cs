using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Blob = HarfBuzzSharp.Blob;
using Face = HarfBuzzSharp.Face;
using MemoryMode = HarfBuzzSharp.MemoryMode;
using Font = DocumentFormat.OpenXml.Wordprocessing.Font;
using PlanGen.Document;
using PlanGen.Document.Fonts;
using PlanGen.Docx.Packaging;

namespace PlanGen.Docx.Tests;

/// <summary>
/// The DOCX names the board's font and carries the shipped face for it as obfuscated embedded fonts
/// (ECMA-376 part 1, 17.8.1), a subset that still has every letter a Dutch director types.
/// </summary>
public sealed class FontEmbeddingTests
{
    private const string ObfuscatedFontType = "application/vnd.openxmlformats-officedocument.obfuscatedFont";

    [Theory]
    [InlineData("Calibri", "Carlito")]
    [InlineData("Arial", "Liberation Sans")]
    [InlineData(null, "Liberation Sans")]
    public void The_board_font_is_named_and_its_four_shipped_faces_are_embedded(string? lettertype, string shippedFamily)
    {
        var bytes = TestDocuments.WriteDocx(Plan(lettertype));

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var main = word.MainDocumentPart!;
        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EmbedTrueTypeFonts>());
        var table = main.FontTablePart!;
        Assert.Equal("http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable", table.RelationshipType);
        var font = Assert.Single(table.Fonts!.Elements<Font>());
        Assert.Equal(lettertype ?? "Arial", font.Name!.Value);

        var references = font.Elements<FontRelationshipType>().ToList();
        Assert.Equal(["embedRegular", "embedBold", "embedItalic", "embedBoldItalic"], references.Select(r => r.LocalName));
        var shipped = FontFiles.For(lettertype ?? "Arial").Faces;
        var documentText = main.Document!.Body!.InnerText;
        for (var i = 0; i < references.Count; i++)
        {
            var part = Assert.IsType<FontPart>(table.GetPartById(references[i].Id!.Value!));
            Assert.Equal(ObfuscatedFontType, part.ContentType);
            Assert.EndsWith(".odttf", part.Uri.ToString(), StringComparison.Ordinal);
            Assert.True(references[i].Subsetted?.Value);

            var restored = ObfuscatedFont.Apply(Read(part), references[i].FontKey!.Value!);
            Assert.True(FontProbe.TryRead(restored, "embedded.ttf", out var probed, out var problem), problem);
            Assert.Equal(shippedFamily, probed!.Family);
            Assert.True(FontProbe.TryRead(shipped[i].Bytes, "shipped.ttf", out var original, out _));
            Assert.Equal(original!.PostScriptName, probed.PostScriptName);
            Assert.InRange(restored.Length, 10_000, shipped[i].Bytes.Length / 2);

            // A valid subset: every letter of the document and of Dutch typing the face has is still there.
            var text = documentText + "ëéèïöüĳ€’“”–—…ÇçßØø";
            Assert.Equal("", Missing(shipped[i].Bytes, "ëéèïöüĳ€’“”–—…ÇçßØø"));
            var missing = string.Concat(Missing(restored, text).EnumerateRunes().Where(r => !Missing(shipped[i].Bytes, r.ToString()).Contains(r.ToString(), StringComparison.Ordinal)));
            Assert.True(missing.Length == 0, $"face {i} lacks '{missing}'");
        }
    }

    [Fact]
    public void The_obfuscation_is_the_one_of_the_standard_and_reverses()
    {
        var font = FontFiles.For("Arial").Regular.Bytes;
        var key = ObfuscatedFont.KeyFor(font);
        Assert.Matches("^\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\}$", key);

        var obfuscated = ObfuscatedFont.Apply(font, key);
        var guid = Convert.FromHexString(key.Trim('{', '}').Replace("-", "", StringComparison.Ordinal));
        for (var i = 0; i < 32; i++)
        {
            Assert.Equal((byte)(font[i] ^ guid[15 - (i % 16)]), obfuscated[i]);
        }

        Assert.Equal(font.AsSpan(32).ToArray(), obfuscated.AsSpan(32).ToArray());
        Assert.Equal(font, ObfuscatedFont.Apply(obfuscated, key));
    }

    [Fact]
    public void A_boards_own_font_is_named_by_its_family_and_embedded_once()
    {
        var file = Font(FontFiles.For("Calibri").Regular.Bytes, fsType: 0x0008);
        var bytes = TestDocuments.WriteDocx(Plan(null, file));

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var font = Assert.Single(word.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>());
        Assert.Equal("Carlito", font.Name!.Value);
        var reference = Assert.Single(font.Elements<FontRelationshipType>());
        Assert.IsType<EmbedRegularFont>(reference);
        Assert.Equal("Carlito", word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Descendants<RunFonts>().First().Ascii?.Value);
    }

    [Theory]
    [InlineData(0x0004)] // preview and print: Word would open the document read-only
    [InlineData(0x0208)] // editable, but bitmaps only
    public void A_font_whose_licence_forbids_editable_embedding_is_named_but_not_embedded(int fsType)
    {
        var file = Font(FontFiles.For("Calibri").Regular.Bytes, (ushort)fsType);
        var bytes = TestDocuments.WriteDocx(Plan(null, file));

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var main = word.MainDocumentPart!;
        var font = Assert.Single(main.FontTablePart!.Fonts!.Elements<Font>());
        Assert.Equal("Carlito", font.Name!.Value);
        Assert.Empty(font.Elements<FontRelationshipType>());
        Assert.Empty(main.FontTablePart.FontParts);
        Assert.Null(main.DocumentSettingsPart!.Settings!.GetFirstChild<EmbedTrueTypeFonts>());
    }

    [Fact]
    public void A_lettertype_PlanGen_does_not_ship_is_named_without_embedding_Noto_Sans_under_its_name()
    {
        var bytes = TestDocuments.WriteDocx(Plan("Futura"));

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var font = Assert.Single(word.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>());
        Assert.Equal("Futura", font.Name!.Value);
        Assert.Empty(font.Elements<FontRelationshipType>());
    }

    [Fact]
    public void The_licence_bits_are_read_from_the_OS2_table()
    {
        var font = FontFiles.For("Arial").Regular.Bytes;
        Assert.True(FontLicence.Of(font).EditableEmbedding);
        Assert.True(FontLicence.Of(Patched(font, 0x0002)).Restricted);
        Assert.True(FontLicence.Of(Patched(font, 0x0004)).PreviewAndPrintOnly);
        Assert.False(FontLicence.Of(Patched(font, 0x000C)).PreviewAndPrintOnly);
        Assert.True(FontLicence.Of(Patched(font, 0x0108)).NoSubsetting);
    }

    [Fact]
    public void A_font_that_may_not_be_subset_is_embedded_whole()
    {
        var original = FontFiles.For("Calibri").Regular.Bytes;
        var file = Font(original, 0x0100);
        var bytes = TestDocuments.WriteDocx(Plan(null, file));

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var reference = Assert.Single(word.MainDocumentPart!.FontTablePart!.Fonts!.Descendants<EmbedRegularFont>());
        Assert.Null(reference.Subsetted);
        var part = (FontPart)word.MainDocumentPart.FontTablePart.GetPartById(reference.Id!.Value!);
        Assert.Equal(file.Bytes, ObfuscatedFont.Apply(Read(part), reference.FontKey!.Value!));
    }

    internal static RenderedDocument Plan(string? lettertype, FontAsset? file = null) => RenderedDocument.Create(
        TestDocuments.Info(DocumentKind.SociaalVeiligheidsplan, "sociaal-veiligheidsplan", "Sociaal veiligheidsplan", TestDocuments.LogoPath) with
        {
            FontFamily = lettertype,
            FontFile = file,
        },
        File.ReadAllText(TestDocuments.FixturePath("plan.md")));

    /// <summary>A copy of a shipped face with another OS/2 fsType, as a board's own file.</summary>
    private static FontAsset Font(byte[] original, ushort fsType)
    {
        var bytes = Patched(original, fsType);
        Assert.True(FontProbe.TryRead(bytes, "Huisletter.ttf", out var font, out var problem), problem);
        return font!;
    }

    private static byte[] Patched(byte[] original, ushort fsType)
    {
        var bytes = (byte[])original.Clone();
        int count = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(4));
        var os2 = Enumerable.Range(0, count).Select(i => 12 + (i * 16)).Single(r => Encoding.ASCII.GetString(bytes, r, 4) == "OS/2");
        var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(os2 + 8));
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(offset + 8), fsType);
        return bytes;
    }

    private static byte[] Read(OpenXmlPart part)
    {
        using var stream = part.GetStream();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>The characters of <paramref name="text"/> (letters, digits, punctuation) the font has no glyph for.</summary>
    private static string Missing(byte[] font, string text)
    {
        var native = Marshal.AllocHGlobal(font.Length);
        Marshal.Copy(font, 0, native, font.Length);
        using var blob = new Blob(native, font.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(native));
        using var face = new Face(blob, 0);
        using var hb = new HarfBuzzSharp.Font(face);
        var missing = new StringBuilder();
        foreach (var rune in text.EnumerateRunes().Distinct())
        {
            if (!Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune) && rune.Value != 0x2060 && rune.Value != 0xAD && !hb.TryGetGlyph((uint)rune.Value, out _))
            {
                missing.Append(rune.ToString());
            }
        }

        return missing.ToString();
    }
}
