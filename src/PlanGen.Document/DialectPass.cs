using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PlanGen.Document.Nodes;
using PlanGen.Document.Style;

namespace PlanGen.Document;

/// <summary>
/// The post-parse pass (once per document): Markdig's generic nodes become the dialect's typed
/// nodes, case-insensitively, and what a writer could read in two ways is decided here, once:
/// the first <c>#</c> is the title and any later one a chapter; an unknown container or an
/// anchor link to no heading is reported and shown as its text; card pages after the first
/// start with a page break.
/// </summary>
internal sealed class DialectPass(MarkdownDocument document, string markdown, List<DocumentDiagnostic> diagnostics)
{
    public const string Callout = "kader";
    public const string CardPage = "kaart-pagina";
    public const string Block = "blok";
    public const string Internal = "intern";
    public const string Partners = "partners";
    public const string Cycle = "cyclus";

    public void Run()
    {
        foreach (var container in document.Descendants<CustomContainer>().ToList())
        {
            Type(container);
        }

        Titles();
        PageBreaks();
        Anchors();
    }

    private void Type(CustomContainer container)
    {
        var name = container.Info?.Trim() ?? "";
        ContainerBlock? typed = name.ToLowerInvariant() switch
        {
            Callout => new CalloutBlock(),
            CardPage => new CardPageBlock(string.Equals(container.Arguments?.Trim(), Cycle, StringComparison.OrdinalIgnoreCase)),
            Internal => new InternalBlock(),
            Partners => new PartnersBlock(),
            Block => Phase(container),
            _ => null,
        };

        if (typed is null)
        {
            Report(DocumentCodes.UnknownContainer, true, container,
                $"onbekend blok '::: {name}'",
                "kies 'kader', 'kaart-pagina', 'blok FASE', 'partners' of 'intern' (docs/markdown.md); de tekst staat nu als gewone tekst in het document");
            Replace(container, null);
            return;
        }

        Replace(container, typed);
    }

    private PhaseBlock Phase(CustomContainer container)
    {
        // "plan ambitie": the phase, then optionally the block's place on the card.
        var words = (container.Arguments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var phase = Phases.Parse(words.FirstOrDefault());
        if (phase is null)
        {
            Report(DocumentCodes.UnknownPhase, false, container,
                $"onbekende fase '{words.FirstOrDefault()}' bij '::: blok'",
                "kies visie, plan, do, check of act; het blok krijgt nu de huisstijlkleur");
        }

        var slot = words.Length > 1 ? CardSlots.Parse(words[1]) : null;
        return new PhaseBlock(phase, words.FirstOrDefault(), slot);
    }

    /// <summary>The first level-1 heading is the title; a later one becomes a chapter (##) in every writer.</summary>
    private void Titles()
    {
        var first = true;
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1).ToList())
        {
            if (first)
            {
                first = false;
                // An inline tree belongs to one block: move its children to the title's own.
                var inline = new ContainerInline();
                while (heading.Inline?.FirstChild is { } child)
                {
                    child.Remove();
                    inline.AppendChild(child);
                }

                var title = new TitleBlock { Inline = inline, Line = heading.Line, Column = heading.Column, Span = heading.Span };
                var parent = heading.Parent!;
                var index = parent.IndexOf(heading);
                parent.RemoveAt(index);
                parent.Insert(index, title);
                continue;
            }

            heading.Level = 2;
            Report(DocumentCodes.SecondTitle, false, heading,
                $"tweede titel '# {PlainText.Of(heading.Inline)}': een document heeft één titel",
                "schrijf '## ' voor een hoofdstuk; deze kop staat nu in elk formaat als hoofdstuk");
        }
    }

    /// <summary>Each card page after the first starts on a new page.</summary>
    private void PageBreaks()
    {
        foreach (var page in document.Descendants<CardPageBlock>().Skip(1).ToList())
        {
            var parent = page.Parent!;
            parent.Insert(parent.IndexOf(page), new PageBreakBlock { Line = page.Line, Column = page.Column });
        }
    }

    /// <summary>A "#anker" link to no heading of this document is shown as its text, in every writer.</summary>
    private void Anchors()
    {
        var anchors = document.Descendants<HeadingBlock>()
            .Select(h => h.TryGetAttributes()?.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !l.IsImage).ToList())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
            if (url.StartsWith('#') && !anchors.Contains(url[1..]))
            {
                var block = Enclosing(link);
                Report(DocumentCodes.UnresolvedAnchor, false, link.Line, link.Column, block,
                    $"de link '{url}' verwijst naar geen kop in dit document",
                    "gebruik het anker van een kop (kleine letters, spaties als '-'), bijvoorbeeld '#1-visie-en-waarden'; de link staat nu als gewone tekst");
                Unwrap(link);
            }
        }
    }

    private static Block? Enclosing(Inline inline)
    {
        var top = inline;
        while (top.Parent is { } parent)
        {
            top = parent;
        }

        return (top as ContainerInline)?.ParentBlock;
    }

    private static void Unwrap(ContainerInline link)
    {
        var parent = link.Parent;
        if (parent is null)
        {
            return;
        }

        Inline after = link;
        while (link.FirstChild is { } child)
        {
            child.Remove();
            after.InsertAfter(child);
            after = child;
        }

        link.Remove();
    }

    /// <summary>Puts <paramref name="typed"/> where <paramref name="container"/> was, with its children; null unwraps them into the parent.</summary>
    private static void Replace(ContainerBlock container, ContainerBlock? typed)
    {
        var parent = container.Parent!;
        var index = parent.IndexOf(container);
        parent.RemoveAt(index);
        var children = container.ToList();
        container.Clear();
        if (typed is null)
        {
            foreach (var child in children)
            {
                parent.Insert(index++, child);
            }

            return;
        }

        typed.Line = container.Line;
        typed.Column = container.Column;
        typed.Span = container.Span;
        foreach (var child in children)
        {
            typed.Add(child);
        }

        parent.Insert(index, typed);
    }

    private void Report(string code, bool error, Block block, string message, string hint) =>
        Report(code, error, block.Line, block.Column, block, message, hint);

    private void Report(string code, bool error, int line, int column, Block? block, string message, string hint) =>
        diagnostics.Add(new DocumentDiagnostic(code, error, line, column, LineText(line), message, hint));

    private string LineText(int line)
    {
        var start = 0;
        for (var i = 0; i < line && start >= 0; i++)
        {
            start = markdown.IndexOf('\n', start) is var next and >= 0 ? next + 1 : -1;
        }

        if (start < 0)
        {
            return "";
        }

        var end = markdown.IndexOf('\n', start);
        return (end < 0 ? markdown[start..] : markdown[start..end]).Trim();
    }
}
