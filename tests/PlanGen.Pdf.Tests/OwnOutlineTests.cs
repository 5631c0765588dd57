using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>The example school with its own outline (bs-de-vlinderhof): the built PDF's bookmarks and TOC follow its chapters.</summary>
public sealed class OwnOutlineTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), $"plangen-pdf-outline-{Guid.NewGuid():N}");

    private static readonly string[] Chapters =
        ["Voorwoord", "1. Wie wij zijn", "2. Gedrag en conflicten", "3. Wie doet wat", "4. Als het misgaat", "5. Monitoring en jaarplanning",
         "Bijlage 1. Stappenplan bij een conflict op het plein"];

    [Fact]
    public void Bookmarks_and_contents_follow_the_schools_own_chapters()
    {
        var general = new DiagnosticBag();
        var results = new BuildService().Build(new BuildOptions
        {
            Root = RepositoryRoot(),
            School = "stichting-horizon/bs-de-vlinderhof",
            Writers = [new PdfWriter()],
            OutputDirectory = output,
        }, general);
        Assert.False(Assert.Single(results).Failed);
        using var pdf = PdfDocument.Open(Path.Combine(output, "stichting-horizon/bs-de-vlinderhof/2025-2026/sociaal-veiligheidsplan.pdf"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.ToList();
        Assert.Equal(Chapters, roots.Select(r => Visible(r.Title)));
        Assert.Equal(["2.1 De drie regels van De Vlinderhof", "2.2 Gedragscode voor ouders", "2.3 Gedrag en consequenties", "2.4 Wat verstaan wij onder pesten?", "2.5 Onze aanpak van pesten", "2.6 Conflicten oplossen"],
            roots.Single(r => Visible(r.Title) == "2. Gedrag en conflicten").Children.Select(c => Visible(c.Title)).Take(6));
        Assert.Equal(["Stap 1 en 2", "Stap 3 en 4"], roots.Single(r => Visible(r.Title).StartsWith("Bijlage 1", StringComparison.Ordinal)).Children.Select(c => Visible(c.Title)));
        // The school's #### headings: beneath their section in the bookmarks and in the TOC.
        var chapter2 = roots.Single(r => Visible(r.Title) == "2. Gedrag en conflicten").Children.ToList();
        Assert.Equal(["Ongewenst gedrag", "Grensoverschrijdend gedrag", "Ernstig gedrag"],
            chapter2.Single(c => Visible(c.Title) == "2.3 Gedrag en consequenties").Children.Select(c => Visible(c.Title)));
        Assert.Equal(["Herstelgesprek"], chapter2.Single(c => Visible(c.Title) == "2.6 Conflicten oplossen").Children.Select(c => Visible(c.Title)));
        // The table of contents lists the same chapters, in the same order.
        var tocText = Visible(string.Join("\n", pdf.GetPages().Take(3).Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
        var at = 0;
        foreach (var chapter in Chapters.Skip(1).Take(2).Append("2.3 Gedrag en consequenties").Append("Ongewenst gedrag").Append("Ernstig gedrag").Append("2.4 Wat verstaan wij onder pesten?").Concat(Chapters.Skip(3)))
        {
            var found = tocText.IndexOf(chapter, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{chapter}' is not in the table of contents after position {at}:\n{tocText}");
            at = found + chapter.Length;
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PlanGen.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("PlanGen.sln not found above the test folder");
    }

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>"Bijlage\u00A01": titles carry the no-break spaces of docs/typografie.md; compare what a reader sees.</summary>
    private static string Visible(string title) => title.Replace('\u00A0', ' ');
}
