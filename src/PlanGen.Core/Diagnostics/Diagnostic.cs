namespace PlanGen.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem found in the input: where, which rule, what (Dutch) and how to fix it (Dutch).</summary>
public sealed record Diagnostic(SourceLocation Location, string Code, Severity Severity, string Message, string? Hint = null)
{
    /// <summary>The one-line form: <c>file:line:col: CODE: bericht</c> (warnings say so).</summary>
    public string ToLine()
    {
        var prefix = Severity == Severity.Warning ? "waarschuwing " : "";
        var hint = Hint is null ? "" : $" ({Hint})";
        return $"{Location}: {prefix}{Code}: {Message}{hint}";
    }

    public override string ToString() => ToLine();
}
