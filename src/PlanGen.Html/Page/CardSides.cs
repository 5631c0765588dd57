using System.Globalization;
using System.Text;
using Markdig.Renderers;
using PlanGen.Document;
using PlanGen.Document.Card;
using PlanGen.Document.Nodes;
using PlanGen.Document.Style;

namespace PlanGen.Html.Page;

/// <summary>
/// The kwaliteitskaart's body as the sides the PDF engine measured (<see cref="CardPlan"/>): each
/// side a &lt;div class="kaart-zijde"&gt; that prints on one landscape sheet, with a print banner
/// (logo, school year, status, vaststelling) on every side, its parts side by side in their share
/// of the width at the PDF's text size, side one's blocks in the PDF's columns, the plan &amp; dialoog
/// part as a cycle (an SVG figure with a text alternative between the four phases), and the colour
/// legend; the last side names the partners.
/// </summary>
internal static class CardSides
{
    public static void Write(TextWriter writer, HtmlRenderer body, RenderedDocument document, CardPlan plan)
    {
        var pages = document.Syntax.OfType<CardPageBlock>().ToList();
        var partners = document.Syntax.OfType<PartnersBlock>().SelectMany(p => p.Names).ToList();
        for (var i = 0; i < plan.Sides.Count; i++)
        {
            writer.Write("<div class=\"kaart-zijde\">\n");
            Banner(writer, document);

            writer.Write("<div class=\"kaart-delen\">\n");
            foreach (var part in plan.Sides[i].Parts.Where(p => p.Page >= 0 && p.Page < pages.Count))
            {
                Part(writer, body, pages[part.Page], part);
            }

            writer.Write("</div>\n");
            Legend(writer, i == plan.Sides.Count - 1 ? partners : []);
            writer.Write("</div>\n");
        }
    }

    private static string Number(float value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static void Part(TextWriter writer, HtmlRenderer body, CardPageBlock page, CardPartPlan part)
    {
        var id = page.Heading is { } heading && Markdown.Ids.Of(heading) is { } anchor ? $" aria-labelledby=\"{HtmlText.Escape(anchor)}\"" : "";
        writer.Write($"<section class=\"kaart-pagina{(part.Columns.Count == 0 ? " kaart-cyclus" : "")}\"{id} style=\"--deel:{Number(part.Share)};--schaal:{Number(part.Scale)}\">\n");
        if (page.Heading is { } h)
        {
            Flush(writer, body, h);
        }

        var blocks = page.Blocks.ToList();
        if (part.Columns.Count > 0)
        {
            writer.Write("<div class=\"kolommen\">\n");
            foreach (var column in part.Columns)
            {
                writer.Write("<div class=\"kolom\">\n");
                foreach (var index in column.Where(i => i >= 0 && i < blocks.Count))
                {
                    Flush(writer, body, blocks[index]);
                }

                writer.Write("</div>\n");
            }

            writer.Write("</div>\n");
        }
        else
        {
            Cycle(writer, body, blocks, part.Beside);
        }

        writer.Write("</section>\n");
    }

    /// <summary>
    /// Waarnemen → plannen above, evalueren ← realiseren below, the cycle figure between them (grid
    /// places them; the page reads them in the cycle's order), monitoren, co-reflectie and dialoog
    /// beside, planning komend schooljaar below as the outcome.
    /// </summary>
    private static void Cycle(TextWriter writer, HtmlRenderer body, List<PhaseBlock> blocks, float beside)
    {
        PhaseBlock? Get(CardSlot slot) => blocks.FirstOrDefault(b => b.Slot == slot);
        var ring = CardSlots.Cycle.Select(Get).ToList();
        var planning = Get(CardSlot.Planning);
        var aside = blocks.Where(b => !ring.Contains(b) && b != planning).ToList();
        var share = beside is > 0.1f and < 0.6f ? beside : 0.32f;
        // The ring is 1fr: the column beside gets its share of the width in fr.
        var fr = aside.Count == 0 ? 0 : share / (1 - share);
        writer.Write($"<div class=\"cyclus\" style=\"--naast:{Number(fr)}fr\">\n<div class=\"ring\">\n");
        void Slot(PhaseBlock? block, string area, string? arrow = null)
        {
            writer.Write($"<div class=\"plek-{area}\">\n");
            if (arrow is not null)
            {
                writer.Write($"<span class=\"pijl\" aria-hidden=\"true\">{arrow}</span>\n");
            }

            if (block is not null)
            {
                Flush(writer, body, block);
            }

            writer.Write("</div>\n");
        }

        string Arrow(string direction, string arrow) => $"<span class=\"pijl pijl-{direction}\" aria-hidden=\"true\">{arrow}</span>\n";
        Slot(ring[0], "waarnemen");
        writer.Write(Arrow("rechts", "\u2192"));
        Slot(ring[1], "plannen");
        writer.Write(Arrow("omlaag", "\u2193"));
        Slot(ring[2], "realiseren");
        writer.Write(Arrow("links", "\u2190"));
        Slot(ring[3], "evalueren");
        writer.Write(Arrow("omhoog", "\u2191"));
        writer.Write(Figure(ring, planning is not null));
        writer.Write("</div>\n");
        if (aside.Count > 0)
        {
            writer.Write("<div class=\"naast\">\n");
            foreach (var block in aside)
            {
                Flush(writer, body, block);
            }

            writer.Write("</div>\n");
        }

        if (planning is not null)
        {
            Slot(planning, "planning", "\u2193");
        }

        writer.Write("</div>\n");
    }

    /// <summary>The cycle as a small SVG: four arrows round "PDCA", with the same sentence as the PDF's figure as its text alternative.</summary>
    private static string Figure(List<PhaseBlock?> ring, bool outcome)
    {
        var names = ring.OfType<PhaseBlock>().Select(b => b.Heading is { } h ? PlainText.Of(h.Inline) : b.Name).ToList();
        var alt = "Cyclus van plan en dialoog: " + string.Join(", dan ", names) + ", en weer terug naar het begin"
            + (outcome ? "; de cyclus leidt tot de planning voor het komende schooljaar." : ".");
        var svg = new StringBuilder();
        svg.Append("<svg class=\"cyclus-figuur\" viewBox=\"0 0 64 64\" width=\"64\" height=\"64\" role=\"img\" aria-label=\"").Append(HtmlText.Escape(alt)).Append("\">");
        svg.Append("<title>").Append(HtmlText.Escape(alt)).Append("</title>");
        svg.Append("<defs><marker id=\"pdca-punt\" viewBox=\"0 0 6 6\" refX=\"3\" refY=\"3\" markerWidth=\"4\" markerHeight=\"4\" orient=\"auto\"><path d=\"M0,0 L6,3 L0,6 z\" fill=\"#6E6E6E\"/></marker></defs>");
        // Four quarter arcs, clockwise from the top left, each in its phase's colour.
        var arcs = new[] { ("plan", "M14,18 A22,22 0 0 1 46,14"), ("do", "M50,18 A22,22 0 0 1 46,50"), ("check", "M46,50 A22,22 0 0 1 18,50"), ("act", "M14,46 A22,22 0 0 1 14,18") };
        foreach (var (phase, path) in arcs)
        {
            svg.Append("<path d=\"").Append(path).Append("\" fill=\"none\" stroke=\"var(--fase-").Append(phase).Append(")\" stroke-width=\"4\" marker-end=\"url(#pdca-punt)\"/>");
        }

        svg.Append("<text x=\"32\" y=\"35\" text-anchor=\"middle\" font-size=\"9\" font-weight=\"700\" fill=\"#4A4A4A\">PDCA</text></svg>\n");
        return svg.ToString();
    }

    private static void Banner(TextWriter writer, RenderedDocument document)
    {
        var info = document.Info;
        var html = new StringBuilder("<div class=\"kaart-kop\" aria-hidden=\"true\">\n");
        if (LogoImage.DataUri(info.Logo) is { } logo)
        {
            html.Append("<img class=\"logo\" src=\"").Append(logo).Append("\" alt=\"\">\n");
        }

        html.Append("<p class=\"kaart-titel\">").Append(HtmlText.Escape(document.Title)).Append("</p>\n");
        html.Append("<p>").Append(HtmlText.Escape(string.Join(" \u00B7 ", [$"{info.SchoolName} \u00B7 schooljaar {info.SchoolYear}", .. document.Texts.Marks]))).Append("</p>\n");
        if (info.Adoptions.Count > 0)
        {
            html.Append("<p class=\"klein\">").Append(HtmlText.Escape(string.Join(" \u00B7 ", info.Adoptions))).Append("</p>\n");
        }

        writer.Write(html.Append("</div>\n").ToString());
    }

    private static void Legend(TextWriter writer, IReadOnlyList<string> partners)
    {
        var html = new StringBuilder("<p class=\"kaart-legenda\"><strong>Kleuren:</strong> ");
        foreach (var (phase, label) in CardSlots.Legend)
        {
            html.Append("<span class=\"legenda fase-").Append(Phases.Name(phase)).Append("\"><span class=\"vlak\" aria-hidden=\"true\"></span>").Append(HtmlText.Escape(label)).Append("</span> ");
        }

        if (partners.Count > 0)
        {
            html.Append("<span class=\"partners\"><strong>In samenwerking met:</strong> ").Append(HtmlText.Escape(string.Join(" \u00B7 ", partners))).Append("</span>");
        }

        writer.Write(html.Append("</p>\n").ToString());
    }

    /// <summary>Renders one node through the page's Markdown renderer, in order with what this class writes directly.</summary>
    private static void Flush(TextWriter writer, HtmlRenderer body, Markdig.Syntax.MarkdownObject node)
    {
        writer.Flush();
        body.Write(node);
        body.EnsureLine();
        body.Writer.Flush();
    }
}
