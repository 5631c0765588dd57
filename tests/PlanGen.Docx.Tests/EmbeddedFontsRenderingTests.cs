using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Tests;

/// <summary>
/// A real client loads the embedded fonts: LibreOffice, run with a fontconfig that knows only DejaVu
/// (no Liberation Sans, no Carlito), still sets the DOCX in Carlito or Liberation Sans, while the same
/// DOCX with its embedded fonts taken out falls back to DejaVu. One soffice process per file: fonts
/// embedded in one document stay registered for the rest of that process.
/// </summary>
public sealed class EmbeddedFontsRenderingTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), $"plangen-docx-fonts-{Guid.NewGuid():N}");

    [SkippableFact]
    public void LibreOffice_without_the_fonts_installed_sets_the_document_in_the_embedded_faces()
    {
        var dejaVu = new[] { "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF" }
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "DejaVuSans.ttf")));
        Skip.If(dejaVu is null, "DejaVu Sans (fonts-dejavu-core) is not installed; it is the only font of the test's fontconfig.");
        Directory.CreateDirectory(output);
        var config = Path.Combine(output, "fonts.conf");
        File.WriteAllText(config, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <dir>{dejaVu}</dir>
              <cachedir>{Path.Combine(output, "fc-cache")}</cachedir>
            </fontconfig>
            """);
        var environment = new Dictionary<string, string> { ["FONTCONFIG_FILE"] = config };

        var calibri = Write("calibri.docx", TestDocuments.WriteDocx(FontEmbeddingTests.Plan("Calibri")));
        var arial = Write("arial.docx", TestDocuments.WriteDocx(FontEmbeddingTests.Plan("Arial")));
        var bare = Write("calibri-zonder-ingesloten-letters.docx", WithoutEmbeddedFonts(File.ReadAllBytes(calibri)));

        var fonts = new[] { calibri, arial, bare }.ToDictionary(f => f, f => LibreOffice.FontNames(
            LibreOffice.ToPdf([f], Path.Combine(output, Path.GetFileNameWithoutExtension(f)), environment)[0]));

        Skip.If(fonts[bare].Any(n => n.StartsWith("Carlito", StringComparison.Ordinal)),
            "this LibreOffice brings its own Carlito, so the check without installed fonts cannot be made here");
        Assert.Contains("Carlito", fonts[calibri]);
        Assert.Contains("Carlito-Bold", fonts[calibri]);
        Assert.DoesNotContain(fonts[calibri], n => n.StartsWith("DejaVu", StringComparison.Ordinal) && !n.Contains("Math", StringComparison.Ordinal));
        Assert.Contains("LiberationSans", fonts[arial]);
        Assert.Contains("LiberationSans-Bold", fonts[arial]);
        Assert.DoesNotContain(fonts[bare], n => n.StartsWith("Carlito", StringComparison.Ordinal) || n.StartsWith("Liberation", StringComparison.Ordinal));
        Assert.Contains(fonts[bare], n => n.StartsWith("DejaVu", StringComparison.Ordinal));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(output, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] WithoutEmbeddedFonts(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var word = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var table = word.MainDocumentPart!.FontTablePart!;
            foreach (var reference in table.Fonts!.Descendants<FontRelationshipType>().ToList())
            {
                reference.Remove();
            }

            foreach (var part in table.FontParts.ToList())
            {
                table.DeletePart(part);
            }

            word.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<EmbedTrueTypeFonts>()?.Remove();
        }

        return stream.ToArray();
    }

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
