using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace PlanGen.Publish.Tests;

/// <summary>
/// Every text a reader (or a program) can get out of a published file: the bytes of HTML, Markdown,
/// JSON and XML; for DOCX every XML part with and without its tags; for PDF the raw bytes (metadata)
/// and the words PdfPig reads from each page. Whitespace is collapsed so line breaks do not hide a value.
/// </summary>
public static partial class PublishedText
{
    public static string Of(string path)
    {
        var text = Path.GetExtension(path) switch
        {
            ".docx" => Docx(path),
            ".pdf" => Pdf(path),
            _ => File.ReadAllText(path),
        };
        return Normalize(text);
    }

    public static string Normalize(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ");

    /// <summary>Whether a value (text or phone number) occurs, also with its separators written differently.</summary>
    public static bool Contains(string text, string value)
    {
        if (text.Contains(Normalize(value), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var digits = PrivateValues.Digits(value);
        return digits.Length >= 6 && digits.Length * 2 >= value.Count(c => !char.IsWhiteSpace(c)) && Separators().Replace(text, "").Contains(digits, StringComparison.Ordinal);
    }

    private static string Docx(string path)
    {
        var text = new StringBuilder();
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            text.Append(xml).Append('\n').Append(Tags().Replace(xml, "")).Append('\n');
        }
        return text.ToString();
    }

    private static string Pdf(string path)
    {
        var text = new StringBuilder(Encoding.Latin1.GetString(File.ReadAllBytes(path)));
        using var document = PdfDocument.Open(path);
        foreach (var page in document.GetPages())
        {
            text.Append('\n').Append(string.Join(' ', page.GetWords().Select(w => w.Text)));
        }
        return text.ToString();
    }

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("[\\s\\-.()/]+")]
    private static partial Regex Separators();
}
