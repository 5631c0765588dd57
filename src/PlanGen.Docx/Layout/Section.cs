using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Layout;

/// <summary>The body's one section: A4 portrait for the plan (title page without header), A4 landscape for the card.</summary>
internal static class Section
{
    public static SectionProperties Build(PageGeometry page, bool differentFirstPage)
    {
        var section = new SectionProperties(HeaderFooter.References(differentFirstPage));
        section.Append(
            new PageSize
            {
                Width = page.Width,
                Height = page.Height,
                Orient = page.Landscape ? PageOrientationValues.Landscape : null,
            },
            new PageMargin
            {
                Top = page.Margin,
                Bottom = page.Margin,
                Left = (uint)page.Margin,
                Right = (uint)page.Margin,
                Header = page.HeaderDistance,
                Footer = page.HeaderDistance,
                Gutter = 0,
            });
        if (differentFirstPage)
        {
            section.Append(new TitlePage());
        }

        return section;
    }
}
