using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Elements;

/// <summary>
/// A paragraph: shaped, broken into lines for the width it gets, split across pages line by line
/// with widow and orphan control (at least two lines on either side of a page break).
/// </summary>
internal sealed class TextBlock(IReadOnlyList<TextSpan> spans, Alignment alignment = Alignment.Left, float lineSpacing = 1.4f) : Element
{
    private const int MinLines = 2;
    private Paragraph? paragraph;
    private LineSet? lines;
    private int next;

    public IReadOnlyList<TextSpan> Spans => spans;

    /// <summary>What the paragraph is in the PDF's structure (P unless set); null draws it into the enclosing element.</summary>
    public StructureTag? Tag { get; set; } = StructureTag.Paragraph;

    // Made once per content (ParagraphCache), inside the document's font scope.
    private Paragraph Content => paragraph ??= ParagraphCache.For(spans, alignment == Alignment.Justify, lineSpacing);

    private List<Fragment> Fragments => Content.Fragments;

    public override SpacePlan Measure(Space space)
    {
        var set = Lines(space.Width);
        var remaining = set.Lines.Count - next;
        if (remaining <= 0)
        {
            return SpacePlan.Empty;
        }

        var count = Fit(set, space);
        if (count == 0)
        {
            return SpacePlan.Wrap;
        }

        var height = Height(set, count);
        return count == remaining ? SpacePlan.Full(Widest(set, count), height) : SpacePlan.Partial(Widest(set, count), height);
    }

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        var set = Lines(space.Width);
        var count = Fit(set, space);
        if (Tag is { } tag)
        {
            context.Canvas.BeginTag(this, tag);
        }

        for (var i = next; i < next + count && !context.PagesOnly; i++)
        {
            var line = set.Lines[i];
            LinePainter.Paint(context.Canvas, set.Fragments, line, x, y, space.Width, alignment);
            y += line.Height;
        }

        if (Tag is not null)
        {
            context.Canvas.EndTag();
        }

        next += count;
    }

    /// <summary>First-fit lines keep their breaks over a range of widths (<see cref="LineSet.Range"/>), and so their height.</summary>
    public override WidthSpan SameHeight(float width) => LineBreaker.Span(Lines(width)) ?? WidthSpan.Exact(width);

    /// <summary>Width of the longest unbreakable word: the narrowest this paragraph can go.</summary>
    public float MinContentWidth()
    {
        float widest = 0, word = 0;
        foreach (var f in Fragments)
        {
            word += f.Width;
            if (f.BreakAfter && !f.Hyphen)
            {
                widest = Math.Max(widest, word);
                word = 0;
            }
        }

        return Math.Max(widest, word);
    }

    /// <summary>Width of the paragraph set on one line (per hard line).</summary>
    public float MaxContentWidth() => Widest(Lines(float.MaxValue / 4), int.MaxValue);

    /// <summary>Width of the last line for <paramref name="width"/>, for leaders after a TOC title.</summary>
    public float LastLineWidth(float width) => Lines(width).Lines is { Count: > 0 } l ? l[^1].NaturalWidth : 0;

    private LineSet Lines(float width)
    {
        if (lines is not null && LineBreaker.Serves(lines, width))
        {
            return lines;
        }

        return lines = Content.Lines(width);
    }

    private int Fit(LineSet set, Space space)
    {
        var remaining = set.Lines.Count - next;
        float used = 0;
        var count = 0;
        while (count < remaining && used + set.Lines[next + count].Height <= space.Height + 0.01f)
        {
            used += set.Lines[next + count].Height;
            count++;
        }

        if (count == remaining || space.TopOfPage)
        {
            return Math.Max(count, space.TopOfPage ? Math.Min(1, remaining) : 0);
        }

        // Widows: leave at least two lines for the next page.
        if (remaining - count < MinLines)
        {
            count = remaining - MinLines;
        }

        // Orphans: never start a paragraph with a single line at the foot of a page.
        return count < MinLines && next == 0 ? 0 : Math.Max(count, 0);
    }

    private float Height(LineSet set, int count)
    {
        float h = 0;
        for (var i = next; i < next + count; i++)
        {
            h += set.Lines[i].Height;
        }

        return h;
    }

    private float Widest(LineSet set, int count)
    {
        float w = 0;
        for (var i = next; i < Math.Min(set.Lines.Count, next + count); i++)
        {
            w = Math.Max(w, set.Lines[i].NaturalWidth);
        }

        return w;
    }
}
