using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document;
using PlanGen.Document.Texts;
using PlanGen.Docx.Layout;
using PlanGen.Docx.Packaging;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx;

/// <summary>
/// A Word file in this writer's own package around a body another component writes (the tracked
/// changes of <c>plangen diff</c>): the same style sheet (house colour and font, Word's Title and
/// Heading styles), header and footer with page numbers, core properties, fixed relationship ids
/// and the deterministic zip of every document, so two runs give the same bytes.
/// </summary>
public static class DocxPackage
{
    /// <summary>Paragraph style ids the body may use.</summary>
    public const string TitleStyle = StyleIds.Title;

    public const string ChapterStyle = StyleIds.Heading1;

    public const string SectionStyle = StyleIds.Heading2;

    /// <param name="source">The document whose house style, language and metadata the file takes.</param>
    /// <param name="texts">The running header and footer.</param>
    /// <param name="trackRevisions">Word keeps tracking the reviewer's own edits.</param>
    public static void Write(Stream output, RenderedDocument source, PageTexts texts, string title, DateTimeOffset timestamp,
        IEnumerable<OpenXmlElement> body, bool trackRevisions)
    {
        ArgumentNullException.ThrowIfNull(source);
        var info = source.Info with { Timestamp = timestamp };
        var page = PageGeometry.Portrait;
        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = word.AddNewPart<MainDocumentPart>(DocumentBuilder.MainContentType, "rIdMain");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StyleSheet.Build(HouseStyle.From(source.Style), page, isCard: false, info.Language);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings(info.Language, trackRevisions);
            HeaderFooter.AddParts(main, texts, withEmptyFirstPage: false);
            var content = new Body(body);
            content.AppendChild(Section.Build(page, differentFirstPage: false));
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(content);
            CoreProperties.Add(word, info, title, texts.Subject);
        }

        package.Position = 0;
        DeterministicZip.Rewrite(package, output, timestamp);
    }

    /// <summary>The writer's settings without "update fields on opening" (nothing to update), with revision tracking when asked.</summary>
    private static Settings Settings(string language, bool trackRevisions)
    {
        var settings = DocumentSettings.Build(language);
        settings.GetFirstChild<UpdateFieldsOnOpen>()?.Remove();
        if (trackRevisions)
        {
            // The schema puts trackRevisions before defaultTabStop, the first of the writer's settings.
            settings.PrependChild(new TrackRevisions());
        }

        return settings;
    }
}
