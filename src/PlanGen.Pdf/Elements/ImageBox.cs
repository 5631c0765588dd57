using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Elements;

/// <summary>
/// A raster image (the logo) scaled to fit a maximum box, keeping its aspect ratio; a Figure with
/// <paramref name="alt"/> as its alternative text, or decoration (an Artifact) when there is none.
/// </summary>
internal sealed class ImageBox(RasterImage image, float maxWidth, float maxHeight, string? alt = null) : Element
{
    private bool done;

    public override SpacePlan Measure(Space space)
    {
        if (done)
        {
            return SpacePlan.Empty;
        }

        var (w, h) = Fit(Math.Min(maxWidth, space.Width), maxHeight);
        if (h > space.Height)
        {
            if (!space.TopOfPage)
            {
                return SpacePlan.Wrap;
            }

            (w, h) = Fit(Math.Min(maxWidth, space.Width), space.Height);
        }

        return SpacePlan.Full(w, h);
    }

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        var plan = Measure(space);
        var canvas = context.Canvas;
        if (string.IsNullOrWhiteSpace(alt))
        {
            canvas.BeginArtifact();
            canvas.DrawImage(image, new Rect(x, y, plan.Width, plan.Height));
            canvas.EndArtifact();
        }
        else
        {
            canvas.BeginTag(this, new StructureTag(StructureRole.Figure, alt));
            canvas.DrawImage(image, new Rect(x, y, plan.Width, plan.Height));
            canvas.EndTag();
        }

        done = true;
    }

    private (float W, float H) Fit(float width, float height)
    {
        var scale = Math.Min(width / image.Width, height / image.Height);
        return (image.Width * scale, image.Height * scale);
    }
}
