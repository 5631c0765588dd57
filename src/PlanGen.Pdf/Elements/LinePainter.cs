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
        var runs = new List<GlyphRun>(line.End - line.Start);
        string? link = null;
        float linkStart = 0, linkEnd = 0, linkSize = 0;
        for (var k = line.Start; k < line.End; k++)
        {
            var f = frags[k];
            var gap = k < line.End - 1 && f.SpaceAfter ? f.SpaceWidth + extra : 0;
            // A space at a soft line end too (drawn past the line, invisible): structure text and
            // screen readers join lines, and "voorwaarden om tot" + "ontwikkeling" must stay two words.
            var hyphen = k == line.End - 1 && line.Hyphenated;
            runs.Add(ToRun(f, pen, baseline, gap > 0 || (k == line.End - 1 && f.SpaceAfter && !f.HardBreak), hyphen));
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
        canvas.DrawText(Merge(runs));
    }

    /// <summary>Joins neighbouring runs of one font, size, colour and link: far fewer runs to write.</summary>
    private static List<GlyphRun> Merge(List<GlyphRun> runs)
    {
        var merged = new List<GlyphRun>(4);
        var start = 0;
        for (var i = 1; i <= runs.Count; i++)
        {
            if (i < runs.Count && runs[i].Face == runs[start].Face && runs[i].Size == runs[start].Size && runs[i].Color == runs[start].Color && runs[i].Link == runs[start].Link)
            {
                continue;
            }

            merged.Add(i - start == 1 ? runs[start] : Join(runs, start, i));
            start = i;
        }

        return merged;
    }

    private static GlyphRun Join(List<GlyphRun> runs, int from, int to)
    {
        var first = runs[from];
        var last = runs[to - 1];
        var count = 0;
        for (var k = from; k < to; k++)
        {
            count += runs[k].Glyphs.Length;
        }

        var glyphs = new ushort[count];
        var xs = new float[count];
        var clusters = new int[count];
        var text = new System.Text.StringBuilder();
        var at = 0;
        for (var k = from; k < to; k++)
        {
            var run = runs[k];
            run.Glyphs.CopyTo(glyphs, at);
            run.X.CopyTo(xs, at);
            for (var i = 0; i < run.Clusters.Length; i++)
            {
                clusters[at + i] = run.Clusters[i] + text.Length;
            }

            at += run.Glyphs.Length;
            text.Append(run.Text);
        }

        var width = last.X.Length > 0 && first.X.Length > 0 ? last.X[0] - first.X[0] + last.Width : last.Width;
        return first with { Glyphs = glyphs, X = xs, Width = width, Text = text.ToString(), Clusters = clusters };
    }

    private static GlyphRun ToRun(Fragment f, float pen, float baseline, bool space, bool hyphen = false)
    {
        var shaped = f.Shaped;
        var size = f.Style.Size;
        if (hyphen)
        {
            // The hyphen of a hyphenated line end, after the syllable (see FontFace.HyphenGlyph for its text).
            var face = f.Face;
            var at = shaped.Glyphs.Length;
            var g = new ushort[at + 1];
            var x = new float[at + 1];
            var c = new int[at + 1];
            shaped.Glyphs.CopyTo(g, 0);
            shaped.Clusters.CopyTo(c, 0);
            for (var i = 0; i < at; i++)
            {
                x[i] = pen + (shaped.Offsets[i] * size);
            }

            g[at] = face.HyphenGlyph;
            x[at] = pen + f.Width;
            c[at] = f.Text.Length;
            return new GlyphRun(face, size, f.Style.Color, g, x, baseline, f.Width + f.HyphenWidth, Drawn(f.Text) + face.HyphenText, c, f.Style.Link);
        }

        var n = shaped.Glyphs.Length + (space ? 1 : 0);
        var glyphs = new ushort[n];
        var xs = new float[n];
        var clusters = new int[n];
        shaped.Glyphs.CopyTo(glyphs, 0);
        shaped.Clusters.CopyTo(clusters, 0);
        for (var i = 0; i < shaped.Glyphs.Length; i++)
        {
            xs[i] = pen + (shaped.Offsets[i] * size);
        }

        // A real space glyph after the word keeps copy-paste and text extraction word-separated.
        if (space)
        {
            glyphs[^1] = f.Face.SpaceGlyph;
            xs[^1] = pen + f.Width;
            clusters[^1] = f.Text.Length;
        }

        return new GlyphRun(f.Face, size, f.Style.Color, glyphs, xs, baseline, f.Width, space ? Drawn(f.Text) + " " : Drawn(f.Text), clusters, f.Style.Link);
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
