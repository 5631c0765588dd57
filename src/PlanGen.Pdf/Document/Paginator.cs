using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Document;

/// <summary>
/// The page loop: measure the root for a fresh page, draw what fits, repeat until it is Full.
/// Paging needs nothing else, because every element can say what fits.
/// </summary>
internal static class Paginator
{
    private const int MaxPages = 10_000;

    /// <summary>Runs the layout; returns the number of pages.</summary>
    public static int Run(Element root, PageGeometry page, DrawContext context, Func<int, IPageCanvas> beginPage, Action<int> endPage)
    {
        var space = new Space(page.ContentWidth, page.ContentHeight, true);
        for (var number = 1; number <= MaxPages; number++)
        {
            var plan = root.Measure(space);
            if (plan.Type == SpacePlanType.Empty && number > 1)
            {
                return number - 1;
            }

            if (plan.Type == SpacePlanType.Wrap)
            {
                throw new InvalidOperationException($"Inhoud past niet op een lege pagina (pagina {number}).");
            }

            context.Canvas = beginPage(number);
            context.PageNumber = number;
            if (plan.Draws)
            {
                root.Draw(context, page.Left, page.Top, space);
            }

            endPage(number);
            if (plan.Type != SpacePlanType.Partial)
            {
                return number;
            }
        }

        throw new InvalidOperationException($"Document heeft meer dan {MaxPages} pagina's.");
    }
}
