using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Lifecycle.Diff;

/// <summary>
/// The newer version of the documents as a Word file in which every difference from the older version is
/// a real tracked change (author PlanGen, fixed date), so the MR can review, accept or reject in Word.
/// </summary>
public static class TrackedChangesDocx
{
    public const string Author = "PlanGen";

    public static void Write(Stream stream, string title, IEnumerable<(string Document, IReadOnlyList<SectionChange> Sections)> documents, DateTime date)
    {
        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        AddStyles(main);
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(new TrackRevisions());
        var revisions = new Revisions(Author, date);
        var body = new Body(revisions.Plain(title, "Title"));
        foreach (var (document, sections) in documents)
        {
            body.Append(revisions.Plain(document, "Heading1"));
            foreach (var section in sections)
            {
                body.Append(section.Kind switch
                {
                    ChangeKind.Added => revisions.Inserted(section.Heading, "Heading2"),
                    ChangeKind.Removed => revisions.Deleted(section.Heading, "Heading2"),
                    _ => revisions.Plain(section.Heading, "Heading2"),
                });
                foreach (var step in section.Steps)
                {
                    body.Append(step.Kind switch
                    {
                        ChangeKind.Added => revisions.Inserted(Line(step.New!)),
                        ChangeKind.Removed => revisions.Deleted(Line(step.Old!)),
                        ChangeKind.Changed => revisions.Changed(Line(step.Old!), Line(step.New!)),
                        _ => revisions.Plain(Line(step.New!)),
                    });
                }
            }
        }
        body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U }));
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
    }

    private static string Line(DocItem item) => item.Kind == ItemKind.ListItem ? "• " + item.Text : item.Text;

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            Style("Normal", "Normal", null, 22, false),
            Style("Title", "Title", "Normal", 40, true),
            Style("Heading1", "heading 1", "Normal", 32, true),
            Style("Heading2", "heading 2", "Normal", 26, true));
    }

    private static Style Style(string id, string name, string? basedOn, int halfPoints, bool bold)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? OnOffValue.FromBoolean(true) : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }
        run.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        style.Append(run);
        return style;
    }
}
