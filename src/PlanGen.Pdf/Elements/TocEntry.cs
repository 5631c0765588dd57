using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Elements;

/// <summary>
/// One line of the table of contents: title, dot leaders, page number; all of it a link. Tagged
/// TOCI > Reference (pointing at the heading's element) > Link, the annotation described by the title.
/// A null <paramref name="pageNumber"/> is not known yet: on a revisable canvas the number and leaders
/// are drawn once the heading's page is known (<see cref="DrawContext.Pending"/>), in their place.
/// </summary>
internal sealed class TocEntry(TextBlock title, string anchor, string text, string? pageNumber, TextStyle style, float indent, float lineHeight = 1.4f) : Element
{
    private readonly object reference = new();

    private const float NumberWidth = 28;
    private const float DotPitch = 4;
    private const float DotSize = 0.9f;

    private float TitleWidth(Space space) => space.Width - indent - NumberWidth - 12;

    public override SpacePlan Measure(Space space) => title.Measure(new Space(TitleWidth(space), space.Height, space.TopOfPage));

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        var titleSpace = new Space(TitleWidth(space), space.Height, space.TopOfPage);
        var plan = title.Measure(titleSpace);
        var lastEnd = x + indent + title.LastLineWidth(titleSpace.Width);
        var canvas = context.Canvas;
        canvas.BeginTag(this, new StructureTag(StructureRole.TOCI));
        canvas.BeginTag(reference, new StructureTag(StructureRole.Reference) { RefersTo = anchor });
        canvas.BeginTag(title, new StructureTag(StructureRole.Link));
        canvas.LinkAnchor(new Rect(x + indent, y, space.Width - indent, plan.Height), anchor, text);
        title.Draw(context, x + indent, y, titleSpace);

        var face = style.Face;
        var line = style.Size * lineHeight;
        var baseline = y + plan.Height - line + ((line - ((face.Ascent + face.Descent) * style.Size)) / 2) + (face.Ascent * style.Size);
        var right = x + space.Width;
        if (pageNumber is null && canvas is IRevisableCanvas revisable)
        {
            // The page is still to come: drawn blank now, redrawn with the number when the layout is done.
            var revision = revisable.DrawRevisable(c => Number(c, "", right, lastEnd, baseline));
            var pages = context.AnchorPages;
            context.Pending.Add(() => revision.Redraw(c => Number(c, pages.TryGetValue(anchor, out var at) ? at.ToString(System.Globalization.CultureInfo.InvariantCulture) : "", right, lastEnd, baseline)));
        }
        else
        {
            Number(canvas, pageNumber ?? "", right, lastEnd, baseline);
        }

        canvas.EndTag();
        canvas.EndTag();
        canvas.EndTag();
    }

    /// <summary>Leaders from the end of the title and the page number flush with <paramref name="right"/>.</summary>
    private void Number(IPageCanvas canvas, string number, float right, float lastEnd, float baseline)
    {
        var face = style.Face;
        var shaped = face.Shape(number);
        var numberX = right - (shaped.Advance * style.Size);
        Leaders(canvas, lastEnd + 6, numberX - 6, baseline);
        canvas.DrawText([Run(face, shaped, numberX, baseline, number)]);
    }

    private GlyphRun Run(FontFace face, ShapedText shaped, float x, float baseline, string text) =>
        new(face, style.Size, style.Color, shaped.Glyphs, shaped.Offsets.Select(o => x + (o * style.Size)).ToArray(), baseline, shaped.Advance * style.Size, text, shaped.Clusters);

    // Leaders are drawn as tiny squares, not '.' glyphs, so extracted text reads "Voorwoord 3".
    private static void Leaders(IPageCanvas canvas, float from, float to, float baseline)
    {
        for (var x = MathF.Ceiling(from / DotPitch) * DotPitch; x + DotSize <= to; x += DotPitch)
        {
            canvas.FillRect(new Rect(x, baseline - DotSize, DotSize, DotSize), Color.LightGrey);
        }
    }
}
