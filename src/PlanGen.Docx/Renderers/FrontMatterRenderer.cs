using Markdig.Extensions.Yaml;

namespace PlanGen.Docx.Renderers;

/// <summary>The front matter is for git hosts and tools; a writer's metadata comes from DocumentInfo.</summary>
internal sealed class FrontMatterRenderer : DocxObjectRenderer<YamlFrontMatterBlock>
{
    protected override void Write(DocxRenderer renderer, YamlFrontMatterBlock block)
    {
    }
}
