using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Docx.Tests;

/// <summary>The example school with its own outline (bs-de-vlinderhof): the DOCX headings are its own chapters, in its order.</summary>
public sealed class OwnOutlineTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), $"plangen-docx-outline-{Guid.NewGuid():N}");

    [Fact]
    public void The_chapters_of_the_own_outline_are_the_documents_headings()
    {
        var general = new DiagnosticBag();
        var results = new BuildService().Build(new BuildOptions
        {
            Root = TestDocuments.RepositoryRoot,
            School = "stichting-horizon/bs-de-vlinderhof",
            Writers = [new DocxWriter()],
            OutputDirectory = output,
        }, general);
        Assert.False(Assert.Single(results).Failed);
        using var word = WordprocessingDocument.Open(Path.Combine(output, "stichting-horizon/bs-de-vlinderhof/2025-2026/sociaal-veiligheidsplan.docx"), isEditable: false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
        string[] Headings(string style) => paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style).Select(p => p.InnerText.Replace('\u00A0', ' ')).ToArray(); // "Bijlage\u00A01": the no-break space of docs/typografie.md

        Assert.Equal(
            ["Voorwoord", "1. Wie wij zijn", "2. Gedrag en conflicten", "3. Wie doet wat", "4. Als het misgaat", "5. Monitoring en jaarplanning",
             "Bijlage 1. Stappenplan bij een conflict op het plein"],
            Headings("Heading1"));
        var sections = Headings("Heading2");
        Assert.Equal(["2.1 De drie regels van De Vlinderhof", "2.2 Gedragscode voor ouders", "2.3 Gedrag en consequenties", "2.4 Wat verstaan wij onder pesten?", "2.5 Onze aanpak van pesten", "2.6 Conflicten oplossen"],
            sections.Where(s => s.StartsWith("2.", StringComparison.Ordinal)));
        Assert.Contains("4.1 Protocollen van het bestuur", sections);
        Assert.Contains("Stap 1 en 2", sections);
        Assert.Equal(["Ongewenst gedrag", "Grensoverschrijdend gedrag", "Ernstig gedrag"], Headings("Heading3").Where(h => h.EndsWith("gedrag", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
