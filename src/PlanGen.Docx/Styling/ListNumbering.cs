using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Styling;

/// <summary>
/// numbering.xml: one abstract definition for bullets and one for numbers (nine levels each), and a
/// fresh instance per Markdown list, so every list restarts at its own start number.
/// </summary>
internal sealed class ListNumbering
{
    private const int BulletAbstractId = 1;
    private const int NumberAbstractId = 2;

    /// <summary>Indent per nesting level and hanging indent for the bullet or number, in twips.</summary>
    public const int LevelIndent = 397;
    public const int Hanging = 284;

    private static readonly string[] BulletGlyphs = ["\u2022", "\u2013", "\u25AA"];

    private readonly List<NumberingInstance> instances = [];

    /// <summary>Registers a list and returns its numId.</summary>
    public int NewList(bool ordered, int level, int start)
    {
        var numId = instances.Count + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? NumberAbstractId : BulletAbstractId }) { NumberID = numId };
        if (ordered)
        {
            // Without a start override Word continues the previous list of the same definition.
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level });
        }

        instances.Add(instance);
        return numId;
    }

    public Numbering Build(string font)
    {
        var numbering = new Numbering(
            Abstract(BulletAbstractId, level => new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = BulletGlyphs[level % BulletGlyphs.Length] },
                new LevelJustification { Val = LevelJustificationValues.Left },
                Indent(level),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = font, HighAnsi = font, Hint = FontTypeHintValues.Default }))
            { LevelIndex = level }),
            Abstract(NumberAbstractId, level => new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = $"%{level + 1}." },
                new LevelJustification { Val = LevelJustificationValues.Left },
                Indent(level))
            { LevelIndex = level }));

        foreach (var instance in instances)
        {
            numbering.Append(instance);
        }

        return numbering;
    }

    private static PreviousParagraphProperties Indent(int level) =>
        new(new Indentation { Left = $"{ItemIndent(level)}", Hanging = $"{Hanging}" });

    /// <summary>Left edge of the item text at a level (the marker hangs before it); also used for continuation paragraphs.</summary>
    public static int ItemIndent(int level) => 113 + Hanging + (LevelIndent * level);

    private static AbstractNum Abstract(int id, Func<int, Level> level)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var i = 0; i < 9; i++)
        {
            abstractNum.Append(level(i));
        }

        return abstractNum;
    }
}
