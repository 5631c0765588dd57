namespace PlanGen.Core.Diagnostics;

/// <summary>A place in a source file; line and column are 1-based, as editors show them.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation OfFile(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
