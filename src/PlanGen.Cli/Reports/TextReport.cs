using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli.Reports;

/// <summary>The human report: each problem as file:line:col: CODE: message, the source line and a caret under the spot.</summary>
public static class TextReport
{
    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, string root)
    {
        var lines = new Dictionary<string, string[]?>();
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToLine());
            var source = SourceLine(diagnostic.Location, root, lines);
            if (source is not null)
            {
                output.WriteLine($"    {source}");
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

    private static string? SourceLine(SourceLocation at, string root, Dictionary<string, string[]?> cache)
    {
        if (!cache.TryGetValue(at.File, out var lines))
        {
            var path = Path.Combine(root, at.File);
            try
            {
                lines = File.Exists(path) && new FileInfo(path).Length < 1024 * 1024 ? File.ReadAllLines(path) : null;
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
