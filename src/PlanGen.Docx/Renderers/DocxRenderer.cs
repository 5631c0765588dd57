using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Markdig.Syntax;
using PlanGen.Document.Typography;
using PlanGen.Docx.Renderers.Containers;
using PlanGen.Docx.Renderers.Inlines;

namespace PlanGen.Docx.Renderers;

/// <summary>
/// Markdig renderer that writes WordprocessingML, shaped like Markdig's HtmlRenderer: one small
/// object renderer per AST node type, registered here. This class only holds the writing state:
/// where blocks go, the open paragraph, the character formatting and the list nesting.
/// </summary>
internal sealed class DocxRenderer : RendererBase
{
    private readonly Stack<OpenXmlCompositeElement> containers = new();
    private readonly Stack<RunFormat> formats = new();
    private readonly Stack<string?> paragraphStyles = new();
    private readonly Stack<OpenXmlCompositeElement> inlineTargets = new();
    private readonly Stack<int> widths = new();

    public DocxRenderer(DocxContext context, OpenXmlCompositeElement body)
    {
        Context = context;
        containers.Push(body);
        formats.Push(default);
        paragraphStyles.Push(null);
        widths.Push(context.Page.TextWidth);

        ObjectRenderers.Add(new FrontMatterRenderer());
        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new QuoteBlockRenderer());
        ObjectRenderers.Add(new TitleRenderer());
        ObjectRenderers.Add(new CalloutBox());
        ObjectRenderers.Add(new CardPage());
        ObjectRenderers.Add(new LoosePhaseBlock());
        ObjectRenderers.Add(new PageBreakRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new HtmlBlockRenderer());

        ObjectRenderers.Add(new LiteralInlineRenderer());
        ObjectRenderers.Add(new EmphasisInlineRenderer());
        ObjectRenderers.Add(new LinkInlineRenderer());
        ObjectRenderers.Add(new AutolinkInlineRenderer());
        ObjectRenderers.Add(new LineBreakInlineRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new HtmlEntityInlineRenderer());
        ObjectRenderers.Add(new HtmlInlineRenderer());
        ObjectRenderers.Add(new DelimiterInlineRenderer());
    }

    public DocxContext Context { get; }

    /// <summary>The list item paragraphs are being written into, if any.</summary>
    public ListScope? List { get; set; }

    /// <summary>Width in twips available to a table at the current position.</summary>
    public int AvailableWidth => widths.Peek();

    public RunFormat Format => formats.Peek();

    /// <summary>Set by a page break: the next paragraph or heading starts a new page.</summary>
    public bool PageBreakPending { get; set; }

    public bool TakePendingPageBreak()
    {
        var pending = PageBreakPending;
        PageBreakPending = false;
        return pending;
    }

    /// <summary>Style for ordinary paragraphs here: null (Normal) in the body, Quote in a quotation, ...</summary>
    public string? ParagraphStyle => paragraphStyles.Peek();

    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return containers.Peek();
    }

    public void AppendBlock(OpenXmlElement element) => containers.Peek().AppendChild(element);

    /// <summary>Writes following blocks into <paramref name="container"/> (a table cell), narrowing the width for nested tables.</summary>
    public void PushContainer(OpenXmlCompositeElement container, int width)
    {
        containers.Push(container);
        widths.Push(width);
    }

    public void PopContainer()
    {
        var container = containers.Pop();
        widths.Pop();

        // A cell must end with a paragraph, or Word reports the file as damaged.
        if (container is TableCell && container.LastChild is not Paragraph)
        {
            container.AppendChild(new Paragraph());
        }
    }

    public void PushFormat(RunFormat format) => formats.Push(format);

    public void PopFormat() => formats.Pop();

    public void PushParagraphStyle(string? styleId) => paragraphStyles.Push(styleId);

    public void PopParagraphStyle() => paragraphStyles.Pop();

    /// <summary>Opens a paragraph that inlines are written into until <see cref="EndParagraph"/>.</summary>
    public Paragraph BeginParagraph(ParagraphProperties? properties)
    {
        var paragraph = new Paragraph();
        if (properties is { HasChildren: true })
        {
            paragraph.AppendChild(properties);
        }

        AppendBlock(paragraph);
        inlineTargets.Push(paragraph);
        return paragraph;
    }

    public void EndParagraph() => inlineTargets.Pop();

    /// <summary>Runs go into the open hyperlink if there is one, else into the paragraph.</summary>
    public void PushInlineTarget(OpenXmlCompositeElement target)
    {
        inlineTargets.Peek().AppendChild(target);
        inlineTargets.Push(target);
    }

    public void PopInlineTarget() => inlineTargets.Pop();

    public void AppendRun(Run run) => inlineTargets.Peek().AppendChild(run);

    /// <summary>A run of text in the current formatting; text that XML cannot carry is dropped.</summary>
    public void WriteText(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var run = new Run();
        if (Format.ToRunProperties() is { } properties)
        {
            run.AppendChild(properties);
        }

        // A non-breaking hyphen (docs/typografie.md) is Word's own element, drawn with the font's hyphen:
        // neither Liberation Sans nor Carlito has a U+2011 glyph.
        // A range's en dash ("5–8") gets a word joiner after it: Word and LibreOffice would break there.
        var parts = DutchTypography.JoinRanges(XmlText.Clean(text)).Split(DutchTypography.NoBreakHyphen);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                run.AppendChild(new NoBreakHyphen());
            }

            if (parts[i].Length > 0)
            {
                run.AppendChild(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        AppendRun(run);
    }

    /// <summary>Writes a node's inlines as one paragraph with the given properties.</summary>
    public void WriteParagraph(LeafBlock block, ParagraphProperties? properties)
    {
        BeginParagraph(properties);
        if (block.Inline is not null)
        {
            WriteChildren(block.Inline);
        }

        EndParagraph();
    }
}
