namespace PlanGen.Document;

/// <summary>
/// A problem the dialect pass found in the Markdown, in Markdown coordinates (0-based line and
/// column, as Markdig counts). <see cref="SourceLine"/> is the line's text, so Core can find the
/// template or YAML line that wrote it and report there.
/// </summary>
public sealed record DocumentDiagnostic(string Code, bool IsError, int Line, int Column, string SourceLine, string Message, string Hint);

/// <summary>The dialect's diagnostic codes (docs/validation.md).</summary>
public static class DocumentCodes
{
    /// <summary>A <c>::: naam</c> container the dialect does not know.</summary>
    public const string UnknownContainer = "PG0402";

    /// <summary>A second <c>#</c> heading: the document has one title.</summary>
    public const string SecondTitle = "PG0403";

    /// <summary>A <c>[tekst](#anker)</c> whose anchor is no heading of the document.</summary>
    public const string UnresolvedAnchor = "PG0404";

    /// <summary>A <c>::: blok</c> with no or an unknown phase.</summary>
    public const string UnknownPhase = "PG0405";
}
