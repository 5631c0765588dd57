using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Elements;

/// <summary>Draws one line of fragments: alignment, justification, link underlines and annotations.</summary>
internal static class LinePainter
{
    public static void Paint(IPageCanvas canvas, IReadOnlyList<Fragment> frags, TextLine line, float x, float top, float width, Alignment alignment)
    {
        var slack = Math.Max(0, width - line.NaturalWidth);
        // Justified spaces stretch up to OptimalBreaks.MaxWordSpace; a line that would need more is set ragged.
        var extra = alignment == Alignment.Justify ? line.JustifiedSpace(width) - line.SpaceWidth : 0;
        var pen = x + alignment switch
        {
            Alignment.Center => slack / 2,
            Alignment.Right => slack,
            _ => 0,
        };

        var baseline = top + line.Baseline;
        var count = line.End - line.Start;
        // Per fragment: where it starts and what follows its glyphs (Plain, Space or Hyphen).
        var pens = new float[count];
        var ends = new Ending[count];
        string? link = null;
        float linkStart = 0, linkEnd = 0, linkSize = 0;
        for (var k = line.Start; k < line.End; k++)
        {
            var f = frags[k];
            var gap = k < line.End - 1 && f.SpaceAfter ? f.SpaceWidth + extra : 0;
            // A space at a soft line end too (drawn past the line, invisible): structure text and
            // screen readers join lines, and "voorwaarden om tot" + "ontwikkeling" must stay two words.
            var hyphen = k == line.End - 1 && line.Hyphenated;
            pens[k - line.Start] = pen;
            ends[k - line.Start] = hyphen ? Ending.Hyphen : gap > 0 || (k == line.End - 1 && f.SpaceAfter && !f.HardBreak) ? Ending.Space : Ending.Plain;
            if (f.Style.Link != link)
            {
                Annotate(canvas, link, linkStart, linkEnd, baseline, linkSize);
                link = f.Style.Link;
                linkStart = pen;
            }

            linkEnd = pen + f.Width;
            linkSize = f.Style.Size;
            pen += f.Width + gap;
        }

        Annotate(canvas, link, linkStart, linkEnd, baseline, linkSize);
        canvas.DrawText(Runs(frags, line.Start, pens, ends, baseline));
    }

    private enum Ending : byte
    {
        Plain,
        Space,
        Hyphen,
    }

    /// <summary>One run per stretch of fragments of one font, size, colour and link: far fewer runs to write.</summary>
    private static List<GlyphRun> Runs(IReadOnlyList<Fragment> frags, int first, float[] pens, Ending[] ends, float baseline)
    {
        var runs = new List<GlyphRun>(4);
        var start = 0;
        for (var i = 1; i <= pens.Length; i++)
        {
            if (i < pens.Length && SameRun(frags[first + i], frags[first + start]))
            {
                continue;
            }

            runs.Add(Run(frags, first, start, i, pens, ends, baseline));
            start = i;
        }

        return runs;
    }

    private static bool SameRun(Fragment a, Fragment b) => a.Face == b.Face && a.Style.Size == b.Style.Size && a.Style.Color == b.Style.Color && a.Style.Link == b.Style.Link;

    /// <summary>
    /// The glyphs of fragments [from, to) (relative to <paramref name="first"/>) as one run: each
    /// glyph where the fragment's shaping puts it, a space glyph after a word that has one (copy-paste
    /// and text extraction stay word-separated), the hyphen of a hyphenated line end after the syllable
    /// (see FontFace.HyphenGlyph for its text).
    /// </summary>
    private static GlyphRun Run(IReadOnlyList<Fragment> frags, int first, int from, int to, float[] pens, Ending[] ends, float baseline)
    {
        var n = 0;
        for (var j = from; j < to; j++)
        {
            n += frags[first + j].Shaped.Glyphs.Length + (ends[j] == Ending.Plain ? 0 : 1);
        }

        var glyphs = new ushort[n];
        var xs = new float[n];
        var clusters = new int[n];
        var text = to - from == 1 ? null : new System.Text.StringBuilder();
        string? single = null;
        var at = 0;
        var textLength = 0;
        float firstX = 0, lastX = 0, lastWidth = 0;
        bool firstHasGlyphs = false, lastHasGlyphs = false;
        for (var j = from; j < to; j++)
        {
            var f = frags[first + j];
            var shaped = f.Shaped;
            var size = f.Style.Size;
            var pen = pens[j];
            var runStart = at;
            for (var i = 0; i < shaped.Glyphs.Length; i++)
            {
                glyphs[at] = shaped.Glyphs[i];
                xs[at] = pen + (shaped.Offsets[i] * size);
                clusters[at] = shaped.Clusters[i] + textLength;
                at++;
            }

            var piece = Drawn(f.Text);
            if (ends[j] != Ending.Plain)
            {
                glyphs[at] = ends[j] == Ending.Hyphen ? f.Face.HyphenGlyph : f.Face.SpaceGlyph;
                xs[at] = pen + f.Width;
                clusters[at] = f.Text.Length + textLength;
                at++;
                piece += ends[j] == Ending.Hyphen ? f.Face.HyphenText : " ";
            }

            var hasGlyphs = at > runStart;
            if (j == from)
            {
                firstHasGlyphs = hasGlyphs;
                firstX = hasGlyphs ? xs[runStart] : 0;
            }

            lastHasGlyphs = hasGlyphs;
            lastX = hasGlyphs ? xs[runStart] : 0;
            lastWidth = ends[j] == Ending.Hyphen ? f.Width + f.HyphenWidth : f.Width;
            textLength += piece.Length;
            if (text is null)
            {
                single = piece;
            }
            else
            {
                text.Append(piece);
            }
        }

        var head = frags[first + from];
        var width = to - from == 1 || !(lastHasGlyphs && firstHasGlyphs) ? lastWidth : lastX - firstX + lastWidth;
        return new GlyphRun(head.Face, head.Style.Size, head.Style.Color, glyphs, xs, baseline, width, single ?? text!.ToString(), clusters, head.Style.Link);
    }

    /// <summary>The text a run stands for: a no-break hyphen is drawn (FontFace) and copied as a plain hyphen.</summary>
    private static string Drawn(string text) => text.Replace('\u2011', '-');

    private static void Annotate(IPageCanvas canvas, string? link, float start, float end, float baseline, float size)
    {
        if (link is null || end <= start)
        {
            return;
        }

        var rect = new Rect(start, baseline - size, end - start, size * 1.3f);
        if (link.StartsWith('#'))
        {
            canvas.LinkAnchor(rect, AnchorName.Safe(Uri.UnescapeDataString(link[1..])));
            return;
        }

        if (!Compose.InlineCollector.IsEmail(link))
        {
            canvas.DrawLine(start, baseline + (size * 0.14f), end, baseline + (size * 0.14f), size * 0.05f, Theme.LinkColor);
        }

        canvas.LinkUrl(rect, link);
    }
}
