using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Renderers;

/// <summary>Small factories for paragraph properties used by several renderers.</summary>
internal static class Paragraphs
{
    public static ParagraphProperties Styled(string? styleId) => new()
    {
        ParagraphStyleId = styleId is null ? null : new ParagraphStyleId { Val = styleId },
    };

    /// <summary>
    /// A thin empty paragraph after a table: Word merges two adjacent tables into one, and text
    /// directly under a table looks cramped.
    /// </summary>
    public static Paragraph TableSpacer() => new(new ParagraphProperties
    {
        SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "160", LineRule = LineSpacingRuleValues.Exact },
    });

    /// <summary>An empty paragraph that only breaks the page, for a card page that does not start with text.</summary>
    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));
}
