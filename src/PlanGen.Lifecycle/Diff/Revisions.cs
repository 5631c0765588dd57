using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Lifecycle.Diff;

/// <summary>Makes Word revision marks (w:ins, w:del) with one author, one fixed date and unique ids.</summary>
public sealed class Revisions(string author, DateTime date)
{
    private int next = 1;

    public Paragraph Plain(string text, string? style = null) => new(Properties(style, null), TextRun(text));

    public Paragraph Inserted(string text, string? style = null) =>
        new(Properties(style, Mark(new Inserted())), Insert(text));

    public Paragraph Deleted(string text, string? style = null) =>
        new(Properties(style, Mark(new Deleted())), Delete(text));

    /// <summary>A changed paragraph: the words that stay, and the words deleted and inserted between them.</summary>
    public Paragraph Changed(string before, string after, string? style = null)
    {
        var paragraph = new Paragraph(Properties(style, null));
        foreach (var (kind, text) in WordDiff.Compare(before, after))
        {
            paragraph.Append(kind switch
            {
                ChangeKind.Added => Insert(text),
                ChangeKind.Removed => Delete(text),
                _ => TextRun(text),
            });
        }
        return paragraph;
    }

    public InsertedRun Insert(string text) => Mark(new InsertedRun(TextRun(text)));

    public DeletedRun Delete(string text) => Mark(new DeletedRun(new Run(new DeletedText(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));

    private static Run TextRun(string text) => new(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });

    private static ParagraphProperties Properties(string? style, DocumentFormat.OpenXml.OpenXmlElement? mark)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }
        if (mark is not null)
        {
            properties.Append(new ParagraphMarkRunProperties(mark));
        }
        return properties;
    }

    private T Mark<T>(T element) where T : DocumentFormat.OpenXml.OpenXmlElement
    {
        var id = (next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (element)
        {
            case InsertedRun r: r.Id = id; r.Author = author; r.Date = date; break;
            case DeletedRun r: r.Id = id; r.Author = author; r.Date = date; break;
            case Inserted r: r.Id = id; r.Author = author; r.Date = date; break;
            case Deleted r: r.Id = id; r.Author = author; r.Date = date; break;
        }
        return element;
    }
}
