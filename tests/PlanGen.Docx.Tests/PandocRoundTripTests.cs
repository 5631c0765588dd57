using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Docx.Tests;

/// <summary>
/// An independent reader (pandoc) must find every heading and paragraph of the Markdown in the
/// .docx, in the same order: nothing lost, nothing shuffled. Pandoc writes HTML here, not plain
/// text: plain text draws tables side by side, which would hide the reading order of the card's
/// grid, while HTML keeps each cell's content together in document order.
/// </summary>
public sealed partial class PandocRoundTripTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDocuments.Fixtures), MemberType = typeof(TestDocuments))]
    public void Pandoc_reads_every_heading_and_paragraph_in_order(string fixture)
    {
        var document = TestDocuments.ByFixture(fixture);
        var html = InlineTags().Replace(PandocHtml(TestDocuments.WriteDocx(document)), "");
        var text = Normalize(WebUtility.HtmlDecode(Tags().Replace(html, " ")));

        var position = 0;
        foreach (var expected in HeadingAndParagraphTexts(document))
        {
            var found = text.IndexOf(expected, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{expected}' not found after position {position} in pandoc's text:\n{text}");
            position = found + expected.Length;
        }
    }

    internal static IEnumerable<string> HeadingAndParagraphTexts(RenderedDocument document) =>
        document.Syntax.Descendants()
            .Where(b => b is HeadingBlock or ParagraphBlock)
            .Select(b => Normalize(PlainTextOf((LeafBlock)b)))
            .Where(t => t.Length > 0);

    private static string PlainTextOf(LeafBlock block) =>
        string.Concat(block.Inline?.Descendants().Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            LineBreakInline => " ",
            CodeInline code => code.Content,
            HtmlEntityInline entity => entity.Transcoded.ToString(),
            _ => "",
        }) ?? []);

    private static string PandocHtml(byte[] docx)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plangen-docx-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(path, docx);
        try
        {
            var start = new ProcessStartInfo("pandoc", ["-f", "docx", "-t", "html", "--wrap=none", path])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            Process? pandoc;
            try
            {
                pandoc = Process.Start(start);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                pandoc = null;
            }

            Skip.If(pandoc is null, "pandoc is not installed; install it (apt-get install pandoc) to run the round-trip test.");
            var output = pandoc.StandardOutput.ReadToEnd();
            var errors = pandoc.StandardError.ReadToEnd();
            pandoc.WaitForExit();
            Assert.True(pandoc.ExitCode == 0, $"pandoc failed: {errors}");
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Folds whitespace, so only the words and their order are compared.</summary>
    private static string Normalize(string text) => Spaces().Replace(PlanGen.Document.Typography.DutchTypography.Plain(text), " ").Trim(); // no-break characters read as shown

    /// <summary>Inline tags join their text to the words around them; block tags separate.</summary>
    [GeneratedRegex("</?(strong|em|a|span|u|s|code|del)\\b[^>]*>")]
    private static partial Regex InlineTags();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
