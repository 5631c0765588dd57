namespace PlanGen.Docx.Styling;

/// <summary>
/// Paragraph, character and table style ids. Word's built-in ids where Word has one, so a user can
/// restyle the document with Word's own tools; a few house styles (Dutch names) for what Word lacks.
/// </summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Heading4 = "Heading4";
    public const string ListBullet = "ListBullet";
    public const string ListNumber = "ListNumber";
    public const string ListContinue = "ListContinue";
    public const string Quote = "Quote";
    public const string TableGrid = "TableGrid";
    public const string TableNormal = "TableNormal";
    public const string TocHeading = "TOCHeading";
    public const string Toc1 = "TOC1";
    public const string Toc2 = "TOC2";
    public const string Toc3 = "TOC3";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";

    /// <summary>An e-mail address: the board's colour without underline (docs/typografie.md).</summary>
    public const string Email = "Emailadres";

    /// <summary>The character style of a link to <paramref name="target"/>: e-mail addresses are not underlined.</summary>
    public static string ForLink(string? target) =>
        target is not null && target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? Email : Hyperlink;
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string Code = "HTMLCode";

    // House styles: no Word equivalent.
    public const string TableText = "Tabeltekst";
    public const string CalloutText = "Kadertekst";
    public const string BlockHeading = "Blokkop";
    public const string BlockText = "Bloktekst";
    public const string TitlePageSchool = "Titelpaginaschool";
    public const string TitlePageMeta = "Titelpaginagegevens";

    /// <summary>Markdown heading level (## = 2) to Word's TOC entry style: "toc 1" for a chapter.</summary>
    public static string ForTocLevel(int level) => level switch
    {
        <= 2 => Toc1,
        3 => Toc2,
        _ => Toc3,
    };

    /// <summary>Markdown heading level (## = 2) to Word style: the single # is the title page's.</summary>
    public static string ForHeadingLevel(int level) => level switch
    {
        <= 2 => Heading1,
        3 => Heading2,
        4 => Heading3,
        _ => Heading4,   // below the TOC's depth, so Word's "update field" lists what PlanGen lists
    };
}
