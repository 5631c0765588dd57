using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Layout.Pagination;

/// <summary>
/// Resolves what a paragraph or run looks like from the document's own styles.xml: document defaults,
/// then the table style's paragraph properties (inside a table), the paragraph style and its basedOn
/// chain, the character style, and the direct properties last, as Word's precedence has it.
/// </summary>
internal sealed class FormatResolver(Styles styles)
{
    private readonly Dictionary<string, Style> byId = styles.Elements<Style>()
        .Where(s => s.StyleId?.Value is not null)
        .ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);

    public ParagraphFormat Paragraph(Paragraph paragraph, string? tableStyle)
    {
        var format = new ParagraphFormat();
        var defaults = styles.DocDefaults;
        format = Apply(format, defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle);
        format = format with { Run = ApplyRun(format.Run, defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle) };
        if (tableStyle is not null)
        {
            foreach (var style in Chain(tableStyle))
            {
                format = Apply(format, style.StyleParagraphProperties);
            }
        }

        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value ?? DefaultParagraphStyle();
        foreach (var style in Chain(styleId))
        {
            format = Apply(format, style.StyleParagraphProperties);
            format = format with { Run = ApplyRun(format.Run, style.StyleRunProperties) };
        }

        return Apply(format, properties);
    }

    public RunFormat Run(Run run, RunFormat paragraphRun)
    {
        var format = paragraphRun;
        var properties = run.RunProperties;
        if (properties?.RunStyle?.Val?.Value is { } characterStyle)
        {
            foreach (var style in Chain(characterStyle))
            {
                format = ApplyRun(format, style.StyleRunProperties);
            }
        }

        return ApplyRun(format, properties);
    }

    private string? DefaultParagraphStyle() =>
        byId.Values.FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;

    /// <summary>The style and its ancestors, root first.</summary>
    private List<Style> Chain(string? id)
    {
        var chain = new List<Style>();
        while (id is not null && byId.TryGetValue(id, out var style) && !chain.Contains(style))
        {
            chain.Insert(0, style);
            id = style.BasedOn?.Val?.Value;
        }

        return chain;
    }

    private static ParagraphFormat Apply(ParagraphFormat format, OpenXmlElement? properties)
    {
        if (properties is null)
        {
            return format;
        }

        if (properties.GetFirstChild<SpacingBetweenLines>() is { } spacing)
        {
            format = format with
            {
                Before = Twips(spacing.Before?.Value) ?? format.Before,
                After = Twips(spacing.After?.Value) ?? format.After,
                Line = Twips(spacing.Line?.Value) ?? format.Line,
                LineRule = spacing.LineRule?.HasValue == true ? LineRuleName(spacing.LineRule.Value) : format.LineRule,
            };
        }

        if (properties.GetFirstChild<Indentation>() is { } indentation)
        {
            format = format with
            {
                IndentLeft = Twips(indentation.Left?.Value) ?? format.IndentLeft,
                IndentRight = Twips(indentation.Right?.Value) ?? format.IndentRight,
            };
        }

        if (properties.GetFirstChild<ParagraphBorders>() is { } borders)
        {
            format = format with
            {
                BorderTop = Border(borders.TopBorder) ?? format.BorderTop,
                BorderBottom = Border(borders.BottomBorder) ?? format.BorderBottom,
            };
        }

        return format with
        {
            KeepNext = On(properties.GetFirstChild<KeepNext>()) ?? format.KeepNext,
            KeepLines = On(properties.GetFirstChild<KeepLines>()) ?? format.KeepLines,
            PageBreakBefore = On(properties.GetFirstChild<PageBreakBefore>()) ?? format.PageBreakBefore,
            WidowControl = On(properties.GetFirstChild<WidowControl>()) ?? format.WidowControl,
        };
    }

    private static RunFormat ApplyRun(RunFormat format, OpenXmlElement? properties)
    {
        if (properties is null)
        {
            return format;
        }

        var size = properties.GetFirstChild<FontSize>()?.Val?.Value;
        return new RunFormat(
            size is not null && int.TryParse(size, out var halfPoints) ? halfPoints : format.HalfPoints,
            On(properties.GetFirstChild<Bold>()) ?? format.Bold,
            On(properties.GetFirstChild<Italic>()) ?? format.Italic);
    }

    private static string LineRuleName(LineSpacingRuleValues rule) =>
        rule == LineSpacingRuleValues.Exact ? "exact" : rule == LineSpacingRuleValues.AtLeast ? "atLeast" : "auto";

    /// <summary>On/off properties: present without w:val means on.</summary>
    private static bool? On(OpenXmlLeafElement? element) => element switch
    {
        null => null,
        OnOffType onOff => onOff.Val?.Value ?? true,
        _ => true,
    };

    private static int? Twips(string? value) => int.TryParse(value, out var twips) ? twips : null;

    // Border size is in eighths of a point, space in points.
    private static int? Border(BorderType? border) => border is null ? null
        : border.Val?.Value == BorderValues.None || border.Val?.Value == BorderValues.Nil ? 0
        : (int)Math.Round(((border.Size?.Value ?? 4) * 20.0 / 8) + ((border.Space?.Value ?? 0) * 20.0));
}
