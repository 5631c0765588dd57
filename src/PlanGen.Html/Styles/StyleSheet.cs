using System.Text;
using PlanGen.Document;
using PlanGen.Document.Style;

namespace PlanGen.Html.Styles;

/// <summary>
/// The page's one inline stylesheet: custom properties from the house style, the fixed rules in
/// <see cref="BaseCss"/>, and the print rules for the document kind.
/// </summary>
internal static class StyleSheet
{
    public static string Build(HouseStyle style, DocumentKind kind)
    {
        var css = new StringBuilder(BaseCss.Text.Length + 1024);
        css.Append(":root{");
        Property(css, "--accent", style.Accent.Strong);
        Property(css, "--accent-tint", style.Accent.Tint);
        Property(css, "--link", style.Link);
        foreach (var phase in Phases.All)
        {
            var colours = style.Phase(phase);
            Property(css, $"--fase-{Phases.Name(phase)}", colours.Strong);
            Property(css, $"--fase-{Phases.Name(phase)}-tint", colours.Tint);
        }

        css.Append("--font:");
        if (style.FontFamily is not null)
        {
            css.Append('"').Append(style.FontFamily).Append("\",");
        }

        css.Append(BaseCss.FontStack).Append(";}\n");
        css.Append(BaseCss.Text);
        css.Append(TocCss.Text);
        css.Append(kind == DocumentKind.Kwaliteitskaart ? BaseCss.PrintKaart : BaseCss.PrintPlan);
        if (kind == DocumentKind.Kwaliteitskaart)
        {
            css.Append(BaseCss.CardSides);
        }

        return css.ToString();
    }

    private static void Property(StringBuilder css, string name, Colour colour) =>
        css.Append(name).Append(':').Append(colour.ToString()).Append(';');
}
