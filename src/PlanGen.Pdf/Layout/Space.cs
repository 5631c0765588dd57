namespace PlanGen.Pdf.Layout;

/// <summary>
/// Available space for a measure or draw. <paramref name="TopOfPage"/> is true when nothing has been
/// drawn above this element on the current page: keep and widow rules must then give way, or the
/// element would wrap forever.
/// </summary>
internal readonly record struct Space(float Width, float Height, bool TopOfPage)
{
    public Space Shrink(float horizontal, float vertical) =>
        new(Math.Max(0, Width - horizontal), Math.Max(0, Height - vertical), TopOfPage);
}
