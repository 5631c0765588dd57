using System.IO.Compression;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace PlanGen.Cli.Tests;

/// <summary>The readable text of a built file in any format (Markdown, HTML, DOCX, PDF), for "this must not be in it" checks.</summary>
public static partial class Published
{
    public static string Text(string path) => Path.GetExtension(path) switch
    {
        ".pdf" => Pdf(path),
        ".docx" => Tags().Replace(Docx(path), " "),
        _ => File.ReadAllText(path),
    };

    private static string Pdf(string path)
    {
        using var document = PdfDocument.Open(path);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private static string Docx(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
