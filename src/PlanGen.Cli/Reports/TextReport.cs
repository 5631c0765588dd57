using PlanGen.Core.Diagnostics;
using PlanGen.Core.Files;
using PlanGen.Core.Templating;

namespace PlanGen.Cli.Reports;

/// <summary>The human report: each problem as file:line:col: CODE: message, the source line and a caret under the spot.</summary>
public static class TextReport
{
    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, string root)
    {
        var lines = new Dictionary<string, string[]?>();
        // Excerpts only from regular files really inside the repository or the built-in templates, never through a symlink out.
        string[] roots = [FileKinds.RealPath(root), FileKinds.RealPath(TemplateRoots.BuiltIn(root))];
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(ReportText.Clean(diagnostic.ToLine()));
            var source = diagnostic.Code == Codes.OutsideRepository ? null : SourceLine(diagnostic.Location, root, roots, lines);
            if (source is not null)
            {
                output.WriteLine($"    {ReportText.Clean(source)}");
                output.WriteLine($"    {new string(' ', Math.Max(0, diagnostic.Location.Column - 1))}^");
            }
        }
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics, int schools)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        var schoolText = schools == 1 ? "1 school" : $"{schools} scholen";
        return $"{schoolText} gecontroleerd: {errors} {(errors == 1 ? "fout" : "fouten")}, {warnings} {(warnings == 1 ? "waarschuwing" : "waarschuwingen")}.";
    }

    private static string? SourceLine(SourceLocation at, string root, IReadOnlyList<string> roots, Dictionary<string, string[]?> cache)
    {
        if (!cache.TryGetValue(at.File, out var lines))
        {
            var path = Path.Combine(root, at.File);
            try
            {
                lines = SafeFile.Problem(path, roots) is null && new FileInfo(path).Length < 1024 * 1024 ? File.ReadAllLines(path) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                lines = null;
            }
            cache[at.File] = lines;
        }
        return lines is not null && at.Line >= 1 && at.Line <= lines.Length ? lines[at.Line - 1].Replace('\t', ' ') : null;
    }
}
