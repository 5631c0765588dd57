using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document.Fonts;
using Drawing = DocumentFormat.OpenXml.Wordprocessing.Drawing;

namespace PlanGen.Docx.Layout.Pagination;

/// <summary>
/// Breaks one paragraph into lines the way LibreOffice's and Word's first-fit breaker does (no
/// hyphenation: the DOCX does not switch it on): a word goes on the line when it fits without its
/// trailing space, else it starts the next line. Breaks at spaces, after a hyphen between letters and
/// after an en dash (not before a word joiner); no-break spaces and U+2011 hold.
/// </summary>
internal sealed class ParagraphLines(FormatResolver formats, FontFamilyFiles fonts)
{
    private const double EmuPerTwip = 635;

    /// <summary>The height of each line of <paramref name="paragraph"/> set in <paramref name="width"/> twips.</summary>
    public List<int> Lines(Paragraph paragraph, ParagraphFormat format, int width)
    {
        var glyphs = Glyphs(paragraph, format);
        var single = LineTwips(format.Run);
        var lines = new List<int>();
        var available = width - format.IndentLeft - format.IndentRight;
        var lineWidth = 0.0;
        var lineHeight = single;
        var lineEmpty = true;
        var index = 0;
        while (index < glyphs.Count)
        {
            // One word: up to and including its break opportunity (and the spaces after it).
            var end = index;
            var wordWidth = 0.0;
            var objectHeight = 0;
            while (end < glyphs.Count)
            {
                var glyph = glyphs[end];
                wordWidth += glyph.Width;
                objectHeight = Math.Max(objectHeight, glyph.ObjectHeight == 0 ? 0 : glyph.ObjectHeight + Descent(format.Run));
                end++;
                if (glyph.ForcedBreak || BreakAfter(glyphs, end - 1))
                {
                    break;
                }
            }

            while (end < glyphs.Count && glyphs[end].Char == ' ')
            {
                wordWidth += glyphs[end].Width;
                end++;
            }

            var visible = wordWidth - TrailingSpaces(glyphs, index, end);
            if (!lineEmpty && lineWidth + visible > available)
            {
                lines.Add(Line(format, single, lineHeight));
                lineWidth = 0;
                lineHeight = single;
                lineEmpty = true;
            }

            // A word longer than the line is cut by characters.
            while (lineEmpty && visible > available && available > 0)
            {
                lines.Add(Line(format, single, lineHeight));
                visible -= available;
                wordWidth -= available;
            }

            lineWidth += wordWidth;
            lineHeight = Math.Max(lineHeight, objectHeight);
            lineEmpty = false;
            if (glyphs[end - 1].ForcedBreak)
            {
                lines.Add(Line(format, single, lineHeight));
                lineWidth = 0;
                lineHeight = single;
                lineEmpty = true;
            }

            index = end;
        }

        if (!lineEmpty || lines.Count == 0)
        {
            lines.Add(Line(format, single, lineHeight));
        }

        return lines;
    }

    /// <summary>
    /// What proportional spacing adds to a line of text: LibreOffice lets it hang below the bottom margin
    /// on a page's last line (seen on the example schools: a 1.15 line ends 36 twips past the margin).
    /// </summary>
    public int Overhang(ParagraphFormat format)
    {
        var single = LineTwips(format.Run);
        return format.LineRule is "exact" or "atLeast" ? 0 : Math.Max(0, Height(format, single) - single);
    }

    private int Descent(RunFormat run) => FontMeasure.For(fonts.Face(run.Bold, run.Italic)).DescentTwips(run.HalfPoints);

    private int LineTwips(RunFormat run) => FontMeasure.For(fonts.Face(run.Bold, run.Italic)).LineTwips(run.HalfPoints);

    /// <summary>A line with a picture is the picture's height (not scaled by proportional spacing) when that is more.</summary>
    private static int Line(ParagraphFormat format, int single, int tallest) =>
        tallest > single ? Math.Max(Height(format, single), tallest) : Height(format, single);

    /// <summary>Proportional spacing scales the font's line; exact is exact; at-least is a floor. An inline picture sets its own line height.</summary>
    private static int Height(ParagraphFormat format, int natural) => format.LineRule switch
    {
        "exact" => format.Line,
        "atLeast" => Math.Max(format.Line, natural),
        _ => (int)(natural * (long)format.Line / 240),
    };

    private static double TrailingSpaces(List<Glyph> glyphs, int start, int end)
    {
        var width = 0.0;
        for (var i = end - 1; i >= start && glyphs[i].Char == ' '; i--)
        {
            width += glyphs[i].Width;
        }

        return width;
    }

    private static bool BreakAfter(List<Glyph> glyphs, int i)
    {
        var c = glyphs[i].Char;
        var next = i + 1 < glyphs.Count ? glyphs[i + 1].Char : '\0';
        return c switch
        {
            ' ' => next != ' ',
            '-' => i > 0 && char.IsLetter(glyphs[i - 1].Char) && char.IsLetter(next),
            '\u2013' => next != '\u2060' && next != ' ' && next != '\0',
            _ => false,
        };
    }

    private List<Glyph> Glyphs(Paragraph paragraph, ParagraphFormat format)
    {
        var glyphs = new List<Glyph>();
        var inInstruction = false;
        foreach (var run in paragraph.Descendants<Run>())
        {
            var runFormat = formats.Run(run, format.Run);
            var face = FontMeasure.For(fonts.Face(runFormat.Bold, runFormat.Italic));
            var size = runFormat.HalfPoints * 10.0;
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case FieldChar fieldChar:
                        inInstruction = fieldChar.FieldCharType?.Value == FieldCharValues.Begin;
                        break;
                    case Text text when !inInstruction:
                        foreach (var rune in text.Text.EnumerateRunes())
                        {
                            var c = rune.IsBmp ? (char)rune.Value : 'x';
                            glyphs.Add(new Glyph(c, face.Advance(rune.Value) * size));
                        }

                        break;
                    case NoBreakHyphen when !inInstruction:
                        glyphs.Add(new Glyph('\u2011', face.Advance(0x2011) * size));
                        break;
                    case TabChar when !inInstruction:
                        // Only the TOC (right tab to the margin) and header use tabs: the number fits on the line.
                        glyphs.Add(new Glyph('\t', 0));
                        break;
                    case Break:
                        glyphs.Add(new Glyph('\n', 0) { ForcedBreak = true });
                        break;
                    case Drawing drawing when drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().FirstOrDefault() is { } extent:
                        glyphs.Add(new Glyph('\uFFFC', (extent.Cx?.Value ?? 0) / EmuPerTwip)
                        {
                            ObjectHeight = (int)((extent.Cy?.Value ?? 0) / EmuPerTwip),
                        });
                        break;
                }
            }
        }

        return glyphs;
    }

    private readonly record struct Glyph(char Char, double Width)
    {
        public bool ForcedBreak { get; init; }

        public int ObjectHeight { get; init; }
    }
}
