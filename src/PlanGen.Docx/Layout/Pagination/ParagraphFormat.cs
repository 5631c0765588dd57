namespace PlanGen.Docx.Layout.Pagination;

/// <summary>A paragraph's effective layout properties (style chain plus direct formatting), in twips.</summary>
internal sealed record ParagraphFormat
{
    public int Before { get; init; }

    public int After { get; init; }

    /// <summary>w:line: 240ths of a line for "auto", twips for "exact" and "atLeast".</summary>
    public int Line { get; init; } = 240;

    public string LineRule { get; init; } = "auto";

    public bool KeepNext { get; init; }

    public bool KeepLines { get; init; }

    public bool PageBreakBefore { get; init; }

    public bool WidowControl { get; init; }

    public int IndentLeft { get; init; }

    public int IndentRight { get; init; }

    /// <summary>Border width plus its distance from the text, above and below (twips).</summary>
    public int BorderTop { get; init; }

    public int BorderBottom { get; init; }

    public RunFormat Run { get; init; } = new(20, false, false);
}

/// <summary>Size in half-points, bold and italic: what a run's width and height depend on.</summary>
internal sealed record RunFormat(int HalfPoints, bool Bold, bool Italic);
