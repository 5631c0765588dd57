using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Pdf.Compose;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Tests;

/// <summary>The texts a reader must find in the PDF, in Markdown order: headings, paragraphs, cells.</summary>
internal static partial class ExpectedText
{
    private static readonly TextStyle Style = new(10, false, false, Color.Black);

    public static List<string> Blocks(RenderedDocument document)
    {
        var result = new List<string>();
        foreach (var block in document.Syntax.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    result.Add(PlainText.Of(heading.Inline));
                    break;
                case ParagraphBlock paragraph:
                    result.Add(PlainText.Of(paragraph.Inline));
                    break;
            }
        }

        return result.Select(Normalize).Where(s => s.Length > 0).ToList();
    }

    public static int CountTableCells(RenderedDocument document) => document.Syntax.Descendants<TableCell>().Count();

    /// <summary>Collapses white space; joins words a line break split at a hyphenation point, after a hyphen or a slash.</summary>
    /// <remarks>The no-break characters of docs/typografie.md read as what they show (a word joiner is not drawn).</remarks>
    public static string Normalize(string text) => Spaces().Replace(SlashBreak().Replace(HyphenBreak().Replace(SoftHyphenBreak().Replace(PlanGen.Document.Typography.DutchTypography.Plain(text), ""), "-"), "/"), " ").Trim();

    /// <summary>Asserts every block occurs in <paramref name="text"/>, each after the one before.</summary>
    public static void AssertInOrder(IEnumerable<string> blocks, string text)
    {
        var haystack = Normalize(text);
        var position = 0;
        foreach (var block in blocks)
        {
            var found = haystack.IndexOf(block, position, StringComparison.Ordinal);
            Xunit.Assert.True(found >= 0, $"Not found (in order) after position {position}: \"{block}\"\n--- text from there ---\n{haystack[position..Math.Min(haystack.Length, position + 400)]}");
            position = found + block.Length;
        }
    }

    /// <summary>A hyphenation break: the soft hyphen (U+00AD) the writer draws at the line end.</summary>
    [GeneratedRegex("\u00AD\\s*(\\n\\s*)?")]
    private static partial Regex SoftHyphenBreak();

    [GeneratedRegex(@"(?<=\p{L})-\s*\n\s*")]
    private static partial Regex HyphenBreak();

    [GeneratedRegex(@"(?<=\p{L}\.?\p{L}*)/[ \t]*\n\s*(?=\p{L})")]
    private static partial Regex SlashBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
