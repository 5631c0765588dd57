using System.Threading;
using Markdig.Syntax;
using PlanGen.Document.Nodes;
using PlanGen.Document.Style;
using PlanGen.Document.Texts;
using PlanGen.Document.Typography;

namespace PlanGen.Document;

/// <summary>
/// The one document every writer reads: the Markdown (for the Markdown writer), its typed tree
/// (parsed once, dialect resolved, edition applied), the outline, the resolved house style, the
/// page texts and the metadata. Read-only for writers; several may read it at once.
/// </summary>
public sealed record RenderedDocument
{
    private static long parses;

    private RenderedDocument(DocumentInfo info, string markdown, MarkdownDocument syntax, IReadOnlyList<DocumentDiagnostic> diagnostics)
    {
        Info = info;
        Markdown = markdown;
        Syntax = syntax;
        Diagnostics = diagnostics;
        Outline = Outline.Of(syntax);
        TitleBlock = syntax.Descendants<TitleBlock>().FirstOrDefault();
        Title = TitleBlock?.Text is { Length: > 0 } text ? text : info.Title;
        Style = HouseStyle.Resolve(info.AccentColor, info.FontFamily) with { FontFile = info.FontFile, NewPagePerChapter = info.NewPagePerChapter };
        Texts = PageTexts.For(info);
    }

    public DocumentInfo Info { get; }

    /// <summary>The Markdown as written to the .md file (edition applied).</summary>
    public string Markdown { get; }

    /// <summary>The typed tree (docs/markdown.md): <see cref="Nodes"/> in place of generic containers.</summary>
    public MarkdownDocument Syntax { get; }

    public Outline Outline { get; }

    /// <summary>The title node (first <c>#</c>), null when the Markdown has none.</summary>
    public TitleBlock? TitleBlock { get; }

    /// <summary>The title as plain text: the <c>#</c> heading, else <see cref="DocumentInfo.Title"/>.</summary>
    public string Title { get; }

    public HouseStyle Style { get; }

    public PageTexts Texts { get; }

    /// <summary>What the dialect pass found (unknown containers, a second title, dead anchors).</summary>
    public IReadOnlyList<DocumentDiagnostic> Diagnostics { get; }

    /// <summary>The same tree with other metadata (e.g. a published page's links); page texts and style follow the new metadata.</summary>
    public RenderedDocument WithInfo(DocumentInfo info) => new(info, Markdown, Syntax, Diagnostics);

    /// <summary>How many documents were parsed in this process: each document once per edition.</summary>
    public static long ParseCount => Interlocked.Read(ref parses);

    /// <summary>Parses once, types the dialect, applies the edition (<paramref name="keepInternal"/>: internal edition).</summary>
    public static RenderedDocument Create(DocumentInfo info, string markdown, bool keepInternal = true)
    {
        Interlocked.Increment(ref parses);
        var syntax = PlanMarkdown.Parse(markdown);
        var diagnostics = new List<DocumentDiagnostic>();
        new DialectPass(syntax, markdown, diagnostics).Run();
        var typeset = TypographyPass.Run(syntax, markdown);
        var text = EditionPass.Apply(syntax, markdown, typeset, keepInternal);

        // The adoption lines ("... op 15 september 2025") are set on every cover: their dates stay whole too.
        info = info with { Adoptions = info.Adoptions.Select(a => DutchTypography.Apply(a, '\0', DutchTypography.Mode.Print)).ToList() };
        return new RenderedDocument(info, text, syntax, diagnostics);
    }
}
