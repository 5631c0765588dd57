using PlanGen.Document.Nodes;

namespace PlanGen.Docx.Renderers.Containers;

/// <summary>A page break: the next heading or paragraph starts a new page (a card page writes one itself if it starts otherwise).</summary>
internal sealed class PageBreakRenderer : DocxObjectRenderer<PageBreakBlock>
{
    protected override void Write(DocxRenderer renderer, PageBreakBlock block) => renderer.PageBreakPending = true;
}

/// <summary>The title is on the cover page or card banner already; nothing in the body.</summary>
internal sealed class TitleRenderer : DocxObjectRenderer<TitleBlock>
{
    protected override void Write(DocxRenderer renderer, TitleBlock block)
    {
    }
}
