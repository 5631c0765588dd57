using DocumentFormat.OpenXml;
using PlanGen.Document;
using PlanGen.Document.Texts;
using PlanGen.Docx;

namespace PlanGen.Lifecycle.Diff;

/// <summary>
/// The newer version of the documents as a Word file in which every difference from the older version is
/// a real tracked change (author PlanGen, fixed date), so the MR can review, accept or reject in Word.
/// The package, styles, header and footer are the DOCX writer's (<see cref="DocxPackage"/>): the
/// school's house style, and the same bytes every run.
/// </summary>
public static class TrackedChangesDocx
{
    public const string Author = "PlanGen";

    /// <param name="source">A document of the newer version: its school, board and house style head the file.</param>
    public static void Write(Stream stream, RenderedDocument source, string title, IEnumerable<(string Document, IReadOnlyList<SectionChange> Sections)> documents, DateTimeOffset date)
    {
        var info = source.Info;
        var texts = new PageTexts
        {
            HeaderLeft = info.SchoolName,
            HeaderRight = $"Wijzigingen {info.SchoolYear}",
            FooterLeft = info.BoardName,
            Subject = title,
            LogoAltText = "",
        };
        DocxPackage.Write(stream, source, texts, title, date, Body(title, documents, new Revisions(Author, date.UtcDateTime)), trackRevisions: true);
    }

    private static IEnumerable<OpenXmlElement> Body(string title, IEnumerable<(string Document, IReadOnlyList<SectionChange> Sections)> documents, Revisions revisions)
    {
        yield return revisions.Plain(title, DocxPackage.TitleStyle);
        foreach (var (document, sections) in documents)
        {
            yield return revisions.Plain(document, DocxPackage.ChapterStyle);
            foreach (var section in sections)
            {
                yield return section.Kind switch
                {
                    ChangeKind.Added => revisions.Inserted(section.Heading, DocxPackage.SectionStyle),
                    ChangeKind.Removed => revisions.Deleted(section.Heading, DocxPackage.SectionStyle),
                    _ => revisions.Plain(section.Heading, DocxPackage.SectionStyle),
                };
                foreach (var step in section.Steps)
                {
                    yield return step.Kind switch
                    {
                        ChangeKind.Added => revisions.Inserted(Line(step.New!)),
                        ChangeKind.Removed => revisions.Deleted(Line(step.Old!)),
                        ChangeKind.Changed => revisions.Changed(Line(step.Old!), Line(step.New!)),
                        _ => revisions.Plain(Line(step.New!)),
                    };
                }
            }
        }
    }

    private static string Line(DocItem item) => item.Kind == ItemKind.ListItem ? "• " + item.Text : item.Text;
}
