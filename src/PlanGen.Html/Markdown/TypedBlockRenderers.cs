using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using PlanGen.Document.Nodes;
using PlanGen.Document.Style;

namespace PlanGen.Html.Markdown;

// One small renderer per typed node of the dialect (docs/markdown.md). Only fixed class names reach
// the page, never a container's name or arguments.

/// <summary>`::: kader`: a callout box, as &lt;aside class="kader"&gt;.</summary>
internal sealed class CalloutRenderer : HtmlObjectRenderer<CalloutBlock>
{
    protected override void Write(HtmlRenderer renderer, CalloutBlock block) =>
        Wrap(renderer, block, "<aside class=\"kader\">", "</aside>");

    internal static void Wrap(HtmlRenderer renderer, Markdig.Syntax.ContainerBlock block, string open, string close)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteChildren(block);
            return;
        }

        renderer.EnsureLine();
        renderer.WriteLine(open);
        renderer.WriteChildren(block);
        renderer.EnsureLine();
        renderer.WriteLine(close);
    }
}

/// <summary>
/// `:::: kaart-pagina`: one page of the kwaliteitskaart, a &lt;section class="kaart-pagina"&gt;
/// laid out as a CSS grid, named by its own heading.
/// </summary>
internal sealed class CardPageRenderer : HtmlObjectRenderer<CardPageBlock>
{
    protected override void Write(HtmlRenderer renderer, CardPageBlock page)
    {
        var open = page.Heading is { } heading && Ids.Of(heading) is { } id
            ? $"<section class=\"kaart-pagina\" aria-labelledby=\"{Page.HtmlText.Escape(id)}\">"
            : "<section class=\"kaart-pagina\">";
        CalloutRenderer.Wrap(renderer, page, open, "</section>");
    }
}

/// <summary>`::: blok FASE`: a coloured PDCA block, &lt;section class="blok fase-FASE"&gt;; an unknown phase gets the accent colour.</summary>
internal sealed class PhaseBlockRenderer : HtmlObjectRenderer<PhaseBlock>
{
    protected override void Write(HtmlRenderer renderer, PhaseBlock block)
    {
        var open = block.Phase is { } phase ? $"<section class=\"blok fase-{Phases.Name(phase)}\">" : "<section class=\"blok\">";
        CalloutRenderer.Wrap(renderer, block, open, "</section>");
    }
}

/// <summary>The title is the page header's h1; a page break means nothing on screen (print CSS breaks card pages).</summary>
internal sealed class SilentRenderer<T> : HtmlObjectRenderer<T>
    where T : Markdig.Syntax.Block
{
    protected override void Write(HtmlRenderer renderer, T block)
    {
    }
}

/// <summary>The dialect pass leaves no generic container; should one appear, its content shows as a plain div.</summary>
internal sealed class UntypedContainerRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer block) =>
        CalloutRenderer.Wrap(renderer, block, "<div class=\"container\">", "</div>");
}
