using System.Collections.Concurrent;
using System.Reflection;
using PlanGen.Core.Binding;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanGen.Core.Templating;

/// <summary>
/// Renders one document template to Markdown, sandboxed: includes only from the template roots,
/// loop and recursion limits, and strict mode (a misspelt name is an error with file and line).
/// </summary>
public sealed class TemplateRenderer
{
    private readonly ConcurrentDictionary<string, string> sources = new();
    private readonly ConcurrentDictionary<string, Template> parsed = new();
    private readonly ConcurrentDictionary<(string Path, string Roots), string?> problems = new();

    // Scriban asks for every member's name and visibility once per render context; the answers never change.
    private static readonly ConcurrentDictionary<MemberInfo, string> Names = new();
    private static readonly ConcurrentDictionary<MemberInfo, bool> Visible = new();

    /// <summary>
    /// Renders <paramref name="templateName"/> with the model's keys as globals; null on error (reported).
    /// Every template file used (the document's and each include) is added to <paramref name="used"/> when given.
    /// </summary>
    public string? Render(TemplateRoots roots, string templateName, TemplateModel model, DiagnosticBag diagnostics, string rootForMessages, ISet<string>? used = null)
    {
        used ??= new HashSet<string>(StringComparer.Ordinal);
        var path = roots.Find(templateName);
        if (path is null)
        {
            diagnostics.Error(SourceLocation.OfFile(templateName), Codes.TemplateError, $"het sjabloon '{templateName}' is niet gevonden", "controleer de map templates/");
            return null;
        }
        if (ProblemWith(roots, path) is { } problem)
        {
            ReportUnsafe(path, problem, diagnostics, rootForMessages);
            return null;
        }
        used.Add(path);
        var template = Parse(path);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
            {
                Report(message.Span, message.Message, diagnostics, rootForMessages);
            }
            return null;
        }
        var context = new ModelViewContext(model.View)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = 10_000,
            RecursiveLimit = 50,
            TemplateLoader = new RootedTemplateLoader(roots, sources, Parse, ProblemWith, used),
            MemberRenamer = member => Names.GetOrAdd(member, KeyName),
            MemberFilter = member => Visible.GetOrAdd(member, m => m.GetCustomAttribute<KeyAttribute>() is not null || !FieldSpec.IsModel(m.DeclaringType!)),
            NewLine = "\n",
        };
        context.PushGlobal(TemplateFunctions.Create(model.Year));
        context.PushGlobal(model.Globals);
        try
        {
            return template.Render(context);
        }
        catch (Exception e) when (Unsafe(e) is { } unsafeTemplate)
        {
            ReportUnsafe(unsafeTemplate.Path, unsafeTemplate.Message, diagnostics, rootForMessages);
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            Report(e.Span, e.OriginalMessage, diagnostics, rootForMessages);
            return null;
        }
    }

    /// <summary>Checked once per file and set of roots for the whole run (a partial is included many times).</summary>
    private string? ProblemWith(TemplateRoots roots, string path) =>
        problems.GetOrAdd((path, string.Join('\n', roots.RealFolders)), key => roots.ProblemWith(key.Path));

    private static UnsafeTemplateException? Unsafe(Exception? e) => e switch
    {
        null => null,
        UnsafeTemplateException u => u,
        _ => Unsafe(e.InnerException),
    };

    private static void ReportUnsafe(string path, string problem, DiagnosticBag diagnostics, string root) =>
        diagnostics.Error(SourceLocation.OfFile(PathDisplay.Relative(root, path)), Codes.OutsideRepository, problem,
            "zet hier een gewoon sjabloonbestand neer (geen koppeling of pipe) in de map templates/ van de school of het bestuur");

    private Template Parse(string path) => parsed.GetOrAdd(path, p => Template.Parse(sources.GetOrAdd(p, File.ReadAllText), p));

    private static string KeyName(MemberInfo member) => member.GetCustomAttribute<KeyAttribute>()?.Name ?? StandardMemberRenamer.Rename(member);

    private static void Report(SourceSpan span, string message, DiagnosticBag diagnostics, string root)
    {
        var at = new SourceLocation(PathDisplay.Relative(root, span.FileName ?? "sjabloon"), span.Start.Line + 1, span.Start.Column + 1);
        diagnostics.Error(at, Codes.TemplateError, $"fout in sjabloon: {message}", "controleer de schrijfwijze van de naam; de velden staan in docs/yaml-format.md");
    }
}
