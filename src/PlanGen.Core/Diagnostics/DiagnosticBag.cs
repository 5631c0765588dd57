namespace PlanGen.Core.Diagnostics;

/// <summary>Collects every problem of a run, so the user sees them all at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    public void Error(SourceLocation at, string code, string message, string? hint = null) =>
        items.Add(new Diagnostic(at, code, Severity.Error, message, hint));

    public void Warning(SourceLocation at, string code, string message, string? hint = null) =>
        items.Add(new Diagnostic(at, code, Severity.Warning, message, hint));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    /// <summary>
    /// Sorted by file; within a file the form of the data first (syntax, unknown keys, types: PG00xx,
    /// PG010x), because rule results often follow from them; then line, column and code, for stable reports.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        items.Distinct()
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => IsRootCause(d) ? 0 : 1)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();

    private static bool IsRootCause(Diagnostic d) => d.Code.StartsWith("PG00", StringComparison.Ordinal) || d.Code.StartsWith("PG010", StringComparison.Ordinal);
}
