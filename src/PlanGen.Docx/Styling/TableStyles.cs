using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Styling;

/// <summary>Word's "Normal Table" and "Table Grid" styles, with the house's light grey rules.</summary>
internal static class TableStyles
{
    public const string RuleColor = "BFBFBF";

    public static Style Normal()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = StyleIds.TableNormal, Default = true };
        style.Append(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                CellMargins(0, 108)));
        return style;
    }

    public static Style Grid()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = StyleIds.TableGrid };
        style.Append(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = StyleIds.TableNormal },
            new UIPriority { Val = 39 },
            new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto } },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = RuleColor },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = RuleColor },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = RuleColor },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = RuleColor },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = RuleColor },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = RuleColor }),
                CellMargins(0, 108)));
        return style;
    }

    /// <summary>Default cell margins in twips: the same four elements every table of ours writes.</summary>
    public static TableCellMarginDefault CellMargins(int top, short side) => new(
        new TopMargin { Width = top.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        new TableCellLeftMargin { Width = side, Type = TableWidthValues.Dxa },
        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellRightMargin { Width = side, Type = TableWidthValues.Dxa });

    /// <summary>A layout table's look: no header row, first column or banding formatting.</summary>
    public static TableLook PlainLook() => new()
    {
        Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true,
    };
}
