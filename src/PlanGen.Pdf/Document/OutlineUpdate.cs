using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PlanGen.Pdf.Compose;

namespace PlanGen.Pdf.Document;

/// <summary>
/// SkiaSharp can neither write bookmarks nor the document language. This appends a PDF
/// incremental update (allowed in PDF/A-2) that replaces the catalog with one that has
/// /Outlines (chapters and sections, pointing at Skia's named destinations) and /Lang.
/// </summary>
internal static partial class OutlineUpdate
{
    public static byte[] Apply(byte[] pdf, IReadOnlyList<TocItem> toc, string language)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var trailer = TrailerPattern().Match(text, trailerAt);
        var startxref = StartXrefPattern().Match(text, trailerAt);
        if (trailerAt < 0 || !trailer.Success || !startxref.Success)
        {
            return pdf;
        }

        var size = int.Parse(trailer.Groups["size"].Value, CultureInfo.InvariantCulture);
        var root = trailer.Groups["root"].Value;
        var catalog = CatalogPattern(root).Match(text);
        if (!catalog.Success)
        {
            return pdf;
        }

        var destinations = Destinations(text, catalog.Groups["body"].Value);
        var items = toc.Where(t => destinations.Contains(Name(t.Anchor))).ToList();
        var objects = new List<(int Number, string Body)>();
        var dict = catalog.Groups["body"].Value;
        var outlines = items.Count > 0 ? size : 0;
        var extra = $"\n/Lang {Literal(language)}" + (outlines > 0 ? $"\n/Outlines {outlines} 0 R\n/PageMode /UseOutlines" : "");
        objects.Add((int.Parse(root, CultureInfo.InvariantCulture), $"<<{dict}{extra}>>"));
        if (outlines > 0)
        {
            objects.AddRange(OutlineTree.Build(items, outlines));
        }

        return Append(pdf, objects, size + (outlines > 0 ? items.Count + 1 : 0), trailer, int.Parse(startxref.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>A PDF name as Skia writes it: regular characters as is, others as #xx.</summary>
    public static string Name(string value)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            sb.Append(b is > 0x20 and < 0x7F && "#()<>[]{}/%".IndexOf((char)b) < 0 ? ((char)b).ToString() : $"#{b:X2}");
        }

        return sb.ToString();
    }

    /// <summary>A text string as UTF-16BE hex with byte order mark, safe for any character.</summary>
    public static string HexText(string value) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    /// <summary>The names in Skia's /Dests dictionary (one object; searching the whole file per name is quadratic).</summary>
    private static HashSet<string> Destinations(string text, string catalog)
    {
        var reference = DestsPattern().Match(catalog);
        if (!reference.Success)
        {
            return [];
        }

        var start = text.IndexOf($"\n{reference.Groups[1].Value} 0 obj\n", StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf("endobj", start, StringComparison.Ordinal);
        return end < 0 ? [] : DestNamePattern().Matches(text[start..end]).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    private static string Literal(string ascii) => "(" + Regex.Replace(ascii, @"[^A-Za-z0-9\-]", "") + ")";

    private static byte[] Append(byte[] pdf, List<(int Number, string Body)> objects, int newSize, Match trailer, int previous)
    {
        var sb = new StringBuilder();
        var offsets = new SortedDictionary<int, int>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = pdf.Length + sb.Length;
            sb.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xref = pdf.Length + sb.Length;
        sb.Append("xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{run.First} {run.Count}\n");
            for (var n = run.First; n < run.First + run.Count; n++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{offsets[n]:D10} 00000 n \n");
            }
        }

        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {newSize}\n/Root {trailer.Groups["root"].Value} 0 R\n/Info {trailer.Groups["info"].Value} 0 R\n/ID {trailer.Groups["id"].Value}\n/Prev {previous}>>\nstartxref\n{xref}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(sb.ToString())];
    }

    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> numbers)
    {
        int? first = null;
        var count = 0;
        foreach (var n in numbers)
        {
            if (first is { } f && n == f + count)
            {
                count++;
                continue;
            }

            if (first is { } done)
            {
                yield return (done, count);
            }

            first = n;
            count = 1;
        }

        if (first is { } last)
        {
            yield return (last, count);
        }
    }

    private static Regex CatalogPattern(string root) => new($@"\n{root} 0 obj\n<<(?<body>/Type /Catalog.*?)>>\nendobj", RegexOptions.Singleline);

    [GeneratedRegex(@"trailer\s*<</Size (?<size>\d+)\s*/Root (?<root>\d+) 0 R\s*/Info (?<info>\d+) 0 R\s*/ID (?<id>\[[^\]]*\])>>")]
    private static partial Regex TrailerPattern();

    [GeneratedRegex(@"/Dests (\d+) 0 R")]
    private static partial Regex DestsPattern();

    [GeneratedRegex(@"/([^\s/\[\]<>()]+) \[")]
    private static partial Regex DestNamePattern();

    [GeneratedRegex(@"startxref\s*(\d+)")]
    private static partial Regex StartXrefPattern();
}
