using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanGen.Core.Templating;

/// <summary>Scriban's include loader, confined to the template roots; file contents are cached per path.</summary>
internal sealed class RootedTemplateLoader(TemplateRoots roots, ConcurrentDictionary<string, string> cache) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        roots.Find(templateName) ?? throw new ScriptRuntimeException(callerSpan, $"sjabloon '{templateName}' bestaat niet in {string.Join(", ", roots.Folders.Select(Path.GetFileName))}");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        cache.GetOrAdd(templatePath, File.ReadAllText);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
