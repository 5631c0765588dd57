using PlanGen.Pdf.Layout;
using SkiaSharp;

namespace PlanGen.Pdf.Elements;

/// <summary>A raster image (the logo) scaled to fit a maximum box, keeping its aspect ratio.</summary>
internal sealed class ImageBox(SKImage image, float maxWidth, float maxHeight) : Element
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
        context.Canvas.DrawImage(image, new Rect(x, y, plan.Width, plan.Height));
        done = true;
    }

    private (float W, float H) Fit(float width, float height)
    {
        var scale = Math.Min(width / image.Width, height / image.Height);
        return (image.Width * scale, image.Height * scale);
    }
}
