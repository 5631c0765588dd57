using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Elements;

internal static class ElementExtensions
{
    /// <summary>Draws only in the draw phase; lets one planning loop serve measure and draw.</summary>
    public static void DrawIf(this Element element, DrawContext? context, float x, float y, Space space)
    {
        if (context is not null)
        {
            element.Draw(context, x, y, space);
        }
    }
}
