namespace PlanGen.Pdf.Layout;

/// <summary>A rectangle in points, y downwards.</summary>
internal readonly record struct Rect(float X, float Y, float Width, float Height)
{
    public float Right => X + Width;

    public float Bottom => Y + Height;
}
