using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Text;

/// <summary>
/// Line breaking. Ragged text breaks first-fit (what Word and browsers do); justified text uses
/// <see cref="OptimalBreaks"/> so spaces stretch evenly instead of leaving one very loose line.
/// Words wider than the line are broken between graphemes as a last resort.
/// </summary>
internal static class LineBreaker
{
    private const float Epsilon = 0.01f;

    public static LineSet Break(IReadOnlyList<Fragment> fragments, float width, float lineSpacing, bool justify = false)
    {
        var frags = SplitLongWords(fragments, width, out var widestWord);
        if (justify && width < float.MaxValue / 8)
        {
            var ends = OptimalBreaks.Find(frags, width);
            var result = new List<TextLine>(ends.Count);
            var start = 0;
            foreach (var end in ends)
            {
                result.Add(MakeLine(frags, start, end, end == frags.Count || frags[end - 1].HardBreak, lineSpacing));
                start = end;
            }

            return new LineSet(frags, result, width);
        }

        // First fit gives the same lines for every width at which each comparison below comes out
        // the same: from the widest content that fitted up to the narrowest that did not. The card
        // measures its blocks at hundreds of widths; most of them are then answered without breaking again.
        var fitted = widestWord;
        var overflow = float.PositiveInfinity;
        var lines = new List<TextLine>();
        var i = 0;
        while (i < frags.Count)
        {
            var start = i;
            var lastBreak = -1;
            float used = 0, pendingSpace = 0;
            var end = frags.Count;
            var hard = false;
            for (var j = start; j < frags.Count; j++)
            {
                var f = frags[j];
                var next = used + pendingSpace + f.Width;
                if (lastBreak >= start)
                {
                    if (next > width + Epsilon)
                    {
                        overflow = Math.Min(overflow, next);
                        end = lastBreak + 1;
                        break;
                    }

                    fitted = Math.Max(fitted, next);
                }

                used = next;
                pendingSpace = f.SpaceAfter ? f.SpaceWidth : 0;
                if (f.HardBreak)
                {
                    end = j + 1;
                    hard = true;
                    break;
                }

                if (f.BreakAfter)
                {
                    lastBreak = j;
                }
            }

            lines.Add(MakeLine(frags, start, end, hard || end == frags.Count, lineSpacing));
            i = end;
        }

        return new LineSet(frags, lines, width) { Range = justify || widestWord < 0 ? null : (fitted, overflow) };
    }

    /// <summary>True when <paramref name="width"/> would give exactly the lines of <paramref name="set"/> (see <see cref="LineSet.Range"/>).</summary>
    public static bool Serves(LineSet set, float width)
    {
        if (set.Range is not { } range)
        {
            return Math.Abs(set.Width - width) <= 0.001f;
        }

        var limit = width + Epsilon;
        return limit >= range.Fitted && limit < range.Overflow;
    }

    /// <summary>The widths <see cref="Serves"/> accepts for <paramref name="set"/>, a margin inside; null when only its own width does.</summary>
    public static WidthSpan? Span(LineSet set) =>
        set.Range is { } range ? new WidthSpan(range.Fitted - Epsilon + WidthSpan.Margin, range.Overflow - Epsilon - WidthSpan.Margin) : null;

    private static TextLine MakeLine(List<Fragment> frags, int start, int end, bool last, float lineSpacing)
    {
        float width = 0, size = 0, ascent = 0, descent = 0, space = 0;
        var gaps = 0;
        for (var k = start; k < end; k++)
        {
            var f = frags[k];
            width += f.Width;
            if (k < end - 1 && f.SpaceAfter)
            {
                width += f.SpaceWidth;
                space = Math.Max(space, f.SpaceWidth);
                gaps++;
            }

            size = Math.Max(size, f.Style.Size);
            ascent = Math.Max(ascent, f.Face.Ascent * f.Style.Size);
            descent = Math.Max(descent, f.Face.Descent * f.Style.Size);
        }

        // Leading is shared above and below the glyph box, as CSS does.
        var height = size * lineSpacing;
        var baseline = ((height - ascent - descent) / 2) + ascent;
        var hyphenated = !last && end > start && frags[end - 1].Hyphen;
        if (hyphenated)
        {
            width += frags[end - 1].HyphenWidth;
        }

        return new TextLine(start, end, width, gaps, last, height, baseline, hyphenated, space);
    }

    /// <summary>The fragments with every word wider than the line split into graphemes; <paramref name="widest"/> is the widest word (with its hyphen) when none was, else -1.</summary>
    private static List<Fragment> SplitLongWords(IReadOnlyList<Fragment> fragments, float width, out float widest)
    {
        // Almost always every word fits: keep the list as it is (fragments are never changed after segmenting).
        widest = -1;
        if (fragments is List<Fragment> list && WidestWord(list, width) is var word && word >= 0)
        {
            widest = word;
            return list;
        }

        var result = new List<Fragment>(fragments.Count);
        var wordStart = 0;
        float wordWidth = 0;
        for (var i = 0; i < fragments.Count; i++)
        {
            wordWidth += fragments[i].Width;
            if (!fragments[i].BreakAfter && i < fragments.Count - 1)
            {
                continue;
            }

            var tooWide = WithHyphen(wordWidth, fragments[i]) > width + Epsilon;
            for (var k = wordStart; k <= i; k++)
            {
                if (tooWide)
                {
                    result.AddRange(TextSegmenter.SplitGraphemes(fragments[k]));
                }
                else
                {
                    result.Add(fragments[k]);
                }
            }

            wordStart = i + 1;
            wordWidth = 0;
        }

        return result;
    }

    /// <summary>
    /// A syllable that ends in a hyphenation point needs room for its hyphen too: one that fits only
    /// without it is broken between graphemes like any word wider than the line.
    /// </summary>
    private static float WithHyphen(float wordWidth, Fragment last) => last.Hyphen ? wordWidth + last.HyphenWidth : wordWidth;

    /// <summary>The widest word (with its hyphen) when every word fits in <paramref name="width"/>, else -1.</summary>
    private static float WidestWord(List<Fragment> fragments, float width)
    {
        float wordWidth = 0, widest = 0;
        for (var i = 0; i < fragments.Count; i++)
        {
            wordWidth += fragments[i].Width;
            var withHyphen = WithHyphen(wordWidth, fragments[i]);
            if (withHyphen > width + Epsilon)
            {
                return -1;
            }

            widest = Math.Max(widest, withHyphen);
            if (fragments[i].BreakAfter)
            {
                wordWidth = 0;
            }
        }

        return widest;
    }
}
