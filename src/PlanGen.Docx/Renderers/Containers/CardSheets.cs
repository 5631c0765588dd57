using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using PlanGen.Document;
using PlanGen.Document.Card;
using PlanGen.Document.Nodes;
using PlanGen.Document.Style;
using PlanGen.Docx.Layout;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Renderers.Containers;

/// <summary>
/// The kwaliteitskaart as fixed landscape sides, following the <see cref="CardPlan"/> the PDF engine
/// measured: each side has the banner (logo, status, vaststelling), its parts side by side in their
/// share of the width, side one's blocks in the plan's columns, the plan &amp; dialoog side as a cycle
/// (arrows between the four phases, monitoren, co-reflectie and dialoog beside it, planning below),
/// and the colour legend; the last side names the partners. Blocks are as tall as their text.
/// </summary>
internal static class CardSheets
{
    private const int Gap = 113;           // 2 mm between columns
    private const int ArrowColumn = 624;   // 11 mm for the cycle's arrows and its label

    public static void Write(DocxRenderer renderer, RenderedDocument document, CardPlan plan, string title, Document.LogoAsset? logo)
    {
        var pages = document.Syntax.OfType<CardPageBlock>().ToList();
        var partners = document.Syntax.OfType<PartnersBlock>().SelectMany(p => p.Names).ToList();
        for (var i = 0; i < plan.Sides.Count; i++)
        {
            if (i > 0)
            {
                // A hairline paragraph that starts the next side (a break run would cost a line there).
                renderer.AppendBlock(new Paragraph(new ParagraphProperties(
                    new PageBreakBefore(),
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact })));
            }

            CardBanner.Write(renderer, title, logo);
            Parts(renderer, plan.Sides[i], pages);
            Strip(renderer, i == plan.Sides.Count - 1 ? partners : []);
        }

        // Anything else the template wrote (rare) still reaches the reader, after the card.
        foreach (var block in document.Syntax)
        {
            if (block is not (TitleBlock or CardPageBlock or PartnersBlock or PageBreakBlock))
            {
                renderer.Write(block);
            }
        }
    }

    /// <summary>One text size per side part: the PDF's scale of 10 pt rounded down to a half point, never under 8 pt.</summary>
    internal static int HalfPoints(float scale) => Math.Clamp((int)(scale * 20), 16, 22);

    private static void Parts(DocxRenderer renderer, CardSidePlan side, List<CardPageBlock> pages)
    {
        var width = renderer.AvailableWidth;
        var total = side.Parts.Sum(p => p.Share);
        var widths = side.Parts.Select(p => (int)(width * p.Share / total)).ToList();
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        var table = Grid(widths);
        for (var i = 0; i < side.Parts.Count; i++)
        {
            var part = side.Parts[i];
            var cell = Cell(widths[i], i < side.Parts.Count - 1 ? Gap : 0);
            row.AppendChild(cell);
            renderer.PushContainer(cell, widths[i] - (i < side.Parts.Count - 1 ? Gap : 0));
            if (part.Page >= 0 && part.Page < pages.Count)
            {
                var page = pages[part.Page];
                if (page.Heading is { } heading)
                {
                    // The side's heading, compact (the PDF's is 11.5 pt on one line).
                    var properties = Paragraphs.Styled(StyleIds.Heading2);
                    properties.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "60" };
                    renderer.PushFormat(renderer.Format with { HalfPoints = 24 });
                    renderer.WriteParagraph(heading, properties);
                    renderer.PopFormat();
                }

                renderer.PushFormat(renderer.Format with { HalfPoints = HalfPoints(part.Scale) });
                if (part.Columns.Count == 0)
                {
                    Cycle(renderer, page.Blocks.ToList(), part.Scale, part.Beside);
                }
                else
                {
                    Columns(renderer, page.Blocks.ToList(), part.Columns, part.Scale);
                }

                renderer.PopFormat();
            }

            renderer.AppendBlock(Paragraphs.TableSpacer());
            renderer.PopContainer();
        }

        table.AppendChild(row);
        renderer.AppendBlock(table);
    }

    private static void Columns(DocxRenderer renderer, List<PhaseBlock> blocks, IReadOnlyList<IReadOnlyList<int>> columns, float scale)
    {
        var width = renderer.AvailableWidth;
        var widths = columns.Select(_ => width / columns.Count).ToList();
        var table = Grid(widths);
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        for (var c = 0; c < columns.Count; c++)
        {
            var gap = c < columns.Count - 1 ? Gap : 0;
            var cell = Cell(widths[c], gap);
            row.AppendChild(cell);
            renderer.PushContainer(cell, widths[c] - gap);
            foreach (var index in columns[c].Where(i => i >= 0 && i < blocks.Count))
            {
                Block(renderer, blocks[index], scale);
            }

            EndCell(renderer, cell);
            renderer.PopContainer();
        }

        table.AppendChild(row);
        renderer.AppendBlock(table);
    }

    /// <summary>
    /// Waarnemen → plannen above, evalueren ← realiseren below, arrows up and down between them and
    /// "PDCA-cyclus" in the middle; planning komend schooljaar below as the outcome; the column beside
    /// holds monitoren, co-reflectie and dialoog.
    /// </summary>
    private static void Cycle(DocxRenderer renderer, List<PhaseBlock> blocks, float scale, float besideShare)
    {
        PhaseBlock? Get(CardSlot slot) => blocks.FirstOrDefault(b => b.Slot == slot);
        var planning = Get(CardSlot.Planning);
        var ring = CardSlots.Cycle.Select(Get).ToList();
        var beside = blocks.Where(b => !ring.Contains(b) && b != planning).ToList();
        var width = renderer.AvailableWidth;
        var besideWidth = beside.Count == 0 ? 0 : (int)(width * (besideShare is > 0.1f and < 0.6f ? besideShare : 0.32f));
        var ringWidth = (width - besideWidth - ArrowColumn) / 2;
        var widths = new List<int> { ringWidth, ArrowColumn, ringWidth };
        if (besideWidth > 0)
        {
            widths.Add(besideWidth);
        }

        var table = Grid(widths);
        var arrowColour = "808080";
        TableCell Arrow(string arrow, int w) => ArrowCell(arrow, w, arrowColour, HalfPoints(scale) + 4);
        TableCell Phase(PhaseBlock? block, int w, int gap = 0)
        {
            var cell = Cell(w, gap);
            renderer.PushContainer(cell, w - gap);
            if (block is not null)
            {
                Block(renderer, block, scale);
            }

            EndCell(renderer, cell);
            renderer.PopContainer();
            return cell;
        }

        var besideCell = Cell(besideWidth, 0);
        besideCell.TableCellProperties!.VerticalMerge = new VerticalMerge { Val = MergedCellValues.Restart };
        if (besideWidth > 0)
        {
            renderer.PushContainer(besideCell, besideWidth - Gap);
            besideCell.TableCellProperties.TableCellMargin = new TableCellMargin(new LeftMargin { Width = $"{Gap}", Type = TableWidthUnitValues.Dxa });
            foreach (var block in beside)
            {
                Block(renderer, block, scale);
            }

            EndCell(renderer, besideCell);
            renderer.PopContainer();
        }

        var first = true;
        TableRow Row(params TableCell[] cells)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            row.Append(cells);
            if (besideWidth > 0)
            {
                row.AppendChild(first ? besideCell : Continue(besideWidth));
            }

            first = false;
            return row;
        }

        table.AppendChild(Row(Phase(ring[0], ringWidth), Arrow("\u2192", ArrowColumn), Phase(ring[1], ringWidth)));
        table.AppendChild(Row(Arrow("\u2191", ringWidth), Label("PDCA-cyclus", ArrowColumn, arrowColour), Arrow("\u2193", ringWidth)));
        table.AppendChild(Row(Phase(ring[3], ringWidth), Arrow("\u2190", ArrowColumn), Phase(ring[2], ringWidth)));
        if (planning is not null)
        {
            var outcome = Cell((ringWidth * 2) + ArrowColumn, 0);
            outcome.TableCellProperties!.GridSpan = new GridSpan { Val = 3 };
            outcome.AppendChild(ArrowParagraph("\u2193", arrowColour, HalfPoints(scale) + 4));
            renderer.PushContainer(outcome, (ringWidth * 2) + ArrowColumn);
            Block(renderer, planning, scale);
            EndCell(renderer, outcome);
            renderer.PopContainer();
            table.AppendChild(Row(outcome));
        }

        renderer.AppendBlock(table);
    }

    private static TableCell Continue(int width)
    {
        var cell = Cell(width, 0);
        cell.TableCellProperties!.VerticalMerge = new VerticalMerge();
        cell.AppendChild(new Paragraph());
        return cell;
    }

    /// <summary>A cell must end with a paragraph; the spacer after its last block is one.</summary>
    private static void EndCell(DocxRenderer renderer, TableCell cell)
    {
        if (cell.LastChild is not Paragraph)
        {
            renderer.AppendBlock(Paragraphs.TableSpacer());
        }
    }

    private static void Block(DocxRenderer renderer, PhaseBlock block, float scale)
    {
        var colours = renderer.Context.House.Phase(block.Phase);
        BlockCard.Write(renderer, block, colours.Strong.Hex, HalfPoints(scale), colours.Tint.Hex);
        renderer.AppendBlock(Paragraphs.TableSpacer());
    }

    private static TableCell ArrowCell(string arrow, int width, string colour, int halfPoints)
    {
        var cell = Cell(width, 0);
        cell.TableCellProperties!.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center };
        cell.AppendChild(ArrowParagraph(arrow, colour, halfPoints));
        return cell;
    }

    private static Paragraph ArrowParagraph(string arrow, string colour, int halfPoints) => new(
        new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = $"{halfPoints * 10}", LineRule = LineSpacingRuleValues.Exact }, new Justification { Val = JustificationValues.Center }),
        new Run(new RunProperties(new Bold(), new Color { Val = colour }, new FontSize { Val = $"{halfPoints}" }), new Text(arrow)));

    private static TableCell Label(string text, int width, string colour)
    {
        var cell = Cell(width, 0);
        cell.TableCellProperties!.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center };
        cell.AppendChild(new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }, new Justification { Val = JustificationValues.Center }),
            new Run(new RunProperties(new Bold(), new Color { Val = colour }, new FontSize { Val = "11" }), new Text(text))));
        return cell;
    }

    /// <summary>The colour legend, and on the last side "In samenwerking met".</summary>
    private static void Strip(DocxRenderer renderer, IReadOnlyList<string> partners)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "60", After = "0" }));
        static Run Small(string text, string? colour = null, bool bold = false) => new(
            new RunProperties(bold ? new Bold() : null!, colour is null ? null! : new Color { Val = colour }, new FontSize { Val = "15" }),
            new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        paragraph.AppendChild(Small("Kleuren: ", "595959", bold: true));
        foreach (var (phase, label) in CardSlots.Legend)
        {
            paragraph.AppendChild(Small("\u25A0 ", renderer.Context.House.Phase(phase).Strong.Hex));
            paragraph.AppendChild(Small(label + "   ", "595959"));
        }

        if (partners.Count > 0)
        {
            paragraph.AppendChild(Small("   In samenwerking met: ", renderer.Context.House.Accent, bold: true));
            paragraph.AppendChild(Small(string.Join(" \u00B7 ", partners), "595959"));
        }

        renderer.AppendBlock(paragraph);
    }

    private static Table Grid(IReadOnlyList<int> widths) => new(
        new TableProperties(
            new TableWidth { Width = $"{widths.Sum()}", Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = BorderValues.Nil },
                new LeftBorder { Val = BorderValues.Nil },
                new BottomBorder { Val = BorderValues.Nil },
                new RightBorder { Val = BorderValues.Nil },
                new InsideHorizontalBorder { Val = BorderValues.Nil },
                new InsideVerticalBorder { Val = BorderValues.Nil }),
            TableStyles.CellMargins(0, 0),
            TableStyles.PlainLook()),
        new TableGrid(widths.Select(w => new GridColumn { Width = $"{w}" })));

    /// <summary>A cell of <paramref name="width"/> whose right <paramref name="gap"/> stays white.</summary>
    private static TableCell Cell(int width, int gap) => new(new TableCellProperties
    {
        TableCellWidth = new TableCellWidth { Width = $"{width}", Type = TableWidthUnitValues.Dxa },
        TableCellMargin = gap > 0 ? new TableCellMargin(new RightMargin { Width = $"{gap}", Type = TableWidthUnitValues.Dxa }) : null,
    });
}
