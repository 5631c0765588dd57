using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Styling;

/// <summary>
/// Builds styles.xml: document defaults (font, size, Dutch proofing language) and every style the
/// renderers use. Colours come from the house style; sizes are half-points, spacing twips.
/// </summary>
internal static class StyleSheet
{
    private const string DarkText = "262626";
    private const string MutedText = "595959";

    public static Styles Build(HouseStyle house, PageGeometry page, bool isCard, string language)
    {
        var styles = new Styles(DocDefaults(house, language));
        foreach (var style in ParagraphStyles(house, page, isCard))
        {
            styles.Append(style);
        }

        styles.Append(CharacterStyle(StyleIds.DefaultParagraphFont, "Default Paragraph Font", isDefault: true, new StyleRunProperties()));
        styles.Append(CharacterStyle(StyleIds.Hyperlink, "Hyperlink", isDefault: false, new StyleRunProperties(
            new Color { Val = house.Accent },
            new Underline { Val = UnderlineValues.Single })));
        styles.Append(CharacterStyle(StyleIds.Email, "E-mailadres", isDefault: false, new StyleRunProperties(
            new Color { Val = house.Accent })));
        styles.Append(CharacterStyle(StyleIds.Code, "HTML Code", isDefault: false, new StyleRunProperties(
            new RunFonts { Ascii = "Courier New", HighAnsi = "Courier New", ComplexScript = "Courier New" })));
        styles.Append(TableStyles.Normal());
        styles.Append(TableStyles.Grid());
        return styles;
    }

    private static DocDefaults DocDefaults(HouseStyle house, string language) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = house.Font, HighAnsi = house.Font, ComplexScript = house.Font, EastAsia = house.Font },
            new Color { Val = DarkText },
            new FontSize { Val = "20" },
            new FontSizeComplexScript { Val = "20" },
            new Languages { Val = language, EastAsia = language, Bidi = "ar-SA" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto })));

    private static IEnumerable<Style> ParagraphStyles(HouseStyle house, PageGeometry page, bool isCard)
    {
        yield return Paragraph(StyleIds.Normal, "Normal", basedOn: null, isDefault: true,
            new StyleParagraphProperties { WidowControl = new WidowControl() });

        yield return Paragraph(StyleIds.Title, "Title", StyleIds.Normal, isDefault: false,
            new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto } },
            Run(house.Accent, size: isCard ? 40 : 56, bold: true));

        yield return Paragraph(StyleIds.Subtitle, "Subtitle", StyleIds.Normal, isDefault: false,
            new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "160" } },
            Run(MutedText, size: isCard ? 22 : 32));

        // Chapters of the plan run on (keep-with-next and widow control keep the page whole), unless the
        // house style asks for a new page per chapter; on the card the kaart-pagina decides.
        yield return Heading(StyleIds.Heading1, "heading 1", level: 0, house.Accent, size: isCard ? 28 : 32,
            before: isCard ? 0 : 360, after: 160, pageBreakBefore: !isCard && house.NewPagePerChapter, bottomBorder: house.Accent);
        yield return Heading(StyleIds.Heading2, "heading 2", level: 1, house.Accent, size: 26, before: 280, after: 100);
        yield return Heading(StyleIds.Heading3, "heading 3", level: 2, DarkText, size: 22, before: 200, after: 80);
        yield return Heading(StyleIds.Heading4, "heading 4", level: 3, DarkText, size: 20, before: 160, after: 60);

        // The card's lists are dense (single line spacing, 1.5 pt apart), like the PDF card's.
        yield return ListParagraph(StyleIds.ListBullet, "List Bullet", isCard);
        yield return ListParagraph(StyleIds.ListNumber, "List Number", isCard);
        yield return ListParagraph(StyleIds.ListContinue, "List Continue", isCard);

        yield return Paragraph(StyleIds.Quote, "Quote", StyleIds.Normal, isDefault: false,
            new StyleParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = house.Accent }),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "120" },
                Indentation = new Indentation { Left = "567", Right = "567" },
            },
            Run(MutedText, size: null, bold: false, italic: true));

        yield return Paragraph(StyleIds.TableText, "Tabeltekst", StyleIds.Normal, isDefault: false,
            new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto } });
        yield return Paragraph(StyleIds.CalloutText, "Kadertekst", StyleIds.Normal, isDefault: false,
            new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "40", After = "80" } });
        yield return Paragraph(StyleIds.BlockHeading, "Blokkop", StyleIds.Normal, isDefault: false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "40", After = "40" },
                OutlineLevel = new OutlineLevel { Val = 1 },
            },
            Run("FFFFFF", size: 22, bold: true));
        yield return Paragraph(StyleIds.BlockText, "Bloktekst", StyleIds.Normal, isDefault: false,
            new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = isCard ? "40" : "60", Line = "240", LineRule = LineSpacingRuleValues.Auto } },
            Run(color: null, size: 18));

        yield return Paragraph(StyleIds.TitlePageSchool, "Titelpagina school", StyleIds.Normal, isDefault: false,
            new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "480", After = "120" } },
            Run(DarkText, size: 36, bold: true));
        yield return Paragraph(StyleIds.TitlePageMeta, "Titelpagina gegevens", StyleIds.Normal, isDefault: false,
            new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "60" } },
            Run(MutedText, size: 22));

        yield return Paragraph(StyleIds.TocHeading, "TOC Heading", StyleIds.Heading1, isDefault: false,
            new StyleParagraphProperties { PageBreakBefore = new PageBreakBefore { Val = false }, OutlineLevel = new OutlineLevel { Val = 9 } });
        yield return Paragraph(StyleIds.Toc1, "toc 1", StyleIds.Normal, isDefault: false,
            TocParagraph(page, indent: 0, before: 120), Run(color: null, size: null, bold: true));
        yield return Paragraph(StyleIds.Toc2, "toc 2", StyleIds.Normal, isDefault: false,
            TocParagraph(page, indent: 397, before: 0));
        yield return Paragraph(StyleIds.Toc3, "toc 3", StyleIds.Normal, isDefault: false,
            TocParagraph(page, indent: 794, before: 0));

        yield return Paragraph(StyleIds.Header, "header", StyleIds.Normal, isDefault: false,
            HeaderFooterParagraph(page, house.Accent, top: false), Run(MutedText, size: 16));
        yield return Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, isDefault: false,
            HeaderFooterParagraph(page, house.Accent, top: true), Run(MutedText, size: 16));
    }

    private static Style Heading(string id, string name, int level, string color, int size, int before, int after,
        bool pageBreakBefore = false, string? bottomBorder = null)
    {
        var paragraph = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            PageBreakBefore = pageBreakBefore ? new PageBreakBefore() : null,
            ParagraphBorders = bottomBorder is null ? null
                : new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 4, Color = bottomBorder }),
            SpacingBetweenLines = new SpacingBetweenLines { Before = $"{before}", After = $"{after}" },
            OutlineLevel = new OutlineLevel { Val = level },
        };
        return Paragraph(id, name, StyleIds.Normal, isDefault: false, paragraph, Run(color, size, bold: true));
    }

    private static Style ListParagraph(string id, string name, bool isCard) =>
        Paragraph(id, name, StyleIds.Normal, isDefault: false, new StyleParagraphProperties
        {
            SpacingBetweenLines = isCard ? new SpacingBetweenLines { After = "30", Line = "240", LineRule = LineSpacingRuleValues.Auto } : new SpacingBetweenLines { After = "60" },
            ContextualSpacing = new ContextualSpacing { Val = false },
        });

    private static StyleParagraphProperties TocParagraph(PageGeometry page, int indent, int before) => new()
    {
        Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = page.TextWidth }),
        SpacingBetweenLines = new SpacingBetweenLines { Before = $"{before}", After = "60" },
        Indentation = new Indentation { Left = $"{indent}" },
    };

    private static StyleParagraphProperties HeaderFooterParagraph(PageGeometry page, string accent, bool top)
    {
        var border = top
            ? new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = accent })
            : new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = accent });
        return new StyleParagraphProperties
        {
            ParagraphBorders = border,
            Tabs = new Tabs(
                new TabStop { Val = TabStopValues.Center, Position = page.TextWidth / 2 },
                new TabStop { Val = TabStopValues.Right, Position = page.TextWidth }),
            SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
        };
    }

    private static StyleRunProperties Run(string? color, int? size, bool bold = false, bool italic = false) => new()
    {
        Bold = bold ? new Bold() : null,
        Italic = italic ? new Italic() : null,
        Color = color is null ? null : new Color { Val = color },
        FontSize = size is null ? null : new FontSize { Val = $"{size}" },
        FontSizeComplexScript = size is null ? null : new FontSizeComplexScript { Val = $"{size}" },
    };

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault,
        StyleParagraphProperties paragraph, StyleRunProperties? run = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        style.Append(paragraph);
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style CharacterStyle(string id, string name, bool isDefault, StyleRunProperties run)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (isDefault)
        {
            style.Append(new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed());
        }

        style.Append(run);
        return style;
    }
}
