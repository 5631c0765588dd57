using Markdig;
using Markdig.Syntax;

namespace PlanGen.Document;

/// <summary>
/// The project's one Markdown dialect (see docs/markdown.md): CommonMark plus front matter,
/// pipe tables, custom containers (kaart-pagina, blok, kader) and generic attributes.
/// </summary>
public static class PlanMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseCustomContainers()
        .UseAutoLinks()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);
}
