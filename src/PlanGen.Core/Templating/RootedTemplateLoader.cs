using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanGen.Core.Templating;

/// <summary>
/// Scriban's include loader, confined to the template roots. File contents and parsed templates are
/// cached per path for the whole run (Scriban itself caches only per render context), and every
/// template an include resolves to is recorded in <paramref name="used"/> (for incremental builds).
/// </summary>
internal sealed class RootedTemplateLoader(TemplateRoots roots, ConcurrentDictionary<string, string> cache, Func<string, Template> parse, Func<TemplateRoots, string, string?> problem, ISet<string> used) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = roots.Find(templateName) ?? throw new ScriptRuntimeException(callerSpan, $"sjabloon '{templateName}' bestaat niet in {string.Join(", ", roots.Folders.Select(Path.GetFileName))}");
        if (problem(roots, path) is { } unsafeFile)
        {
            throw new UnsafeTemplateException(path, unsafeFile);
        }
        used.Add(path);
        if (!context.CachedTemplates.ContainsKey(path))
        {
            // A partial with syntax errors is left to Scriban, which reports them at the include.
            var template = parse(path);
            if (!template.HasErrors)
            {
                context.CachedTemplates[path] = template;
            }
        }
        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        cache.GetOrAdd(templatePath, File.ReadAllText);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}

/// <summary>A template that must not be read (a symlink out of the template folders, a FIFO, too large): reported at its own path.</summary>
internal sealed class UnsafeTemplateException(string path, string problem) : Exception(problem)
{
    public string Path { get; } = path;
}
