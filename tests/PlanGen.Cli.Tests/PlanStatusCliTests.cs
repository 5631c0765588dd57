using System.Diagnostics;
using System.IO.Compression;
using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>
/// What a plan says about itself, through the real CLI as a director uses it: adoptions belong to one
/// school year (the 't Kompas rollover + vaststellen case), vaststellen refuses a duplicate and warns
/// about a date outside the year, and the De Linde 2026-2027 plan is a concept. Checked in the
/// Markdown, the HTML, the DOCX XML, the PDF text and the site.
/// </summary>
public class PlanStatusCliTests
{
    private const string Kompas = "schools/stichting-rivierenland/obs-t-kompas";

    private static TestRepository Examples()
    {
        var repo = new TestRepository();
        repo.CopyFromSource("schools");
        repo.CopyFromSource("templates");
        return repo;
    }

    [SkippableFact]
    public void After_rollover_and_vaststellen_each_year_shows_only_its_own_adoption_in_every_format_and_on_the_site()
    {
        Skip.IfNot(File.Exists("/usr/bin/pdftotext"), "pdftotext ontbreekt; installeer poppler-utils");
        using var repo = Examples();
        var rolled = Plangen.Run(repo.Root, "nieuw-schooljaar", "obs-t-kompas", "2026-2027");
        Assert.Equal(0, rolled.ExitCode);
        Assert.Contains($"waarschuwing: {Kompas}/jaarplannen/2026-2027.yaml: Resultaten monitor aanleveren bij de Inspectie: 2027-05-29 valt op een zaterdag (was 2026-05-29); kies een schooldag", rolled.Error);

        var adopt = Plangen.Run(repo.Root, "vaststellen", "obs-t-kompas", "--orgaan", "MR", "--datum", "2026-09-15");
        Assert.Equal(0, adopt.ExitCode);
        Assert.Equal($"vastgelegd in {Kompas}/school.yaml voor schooljaar 2026-2027:\n    - orgaan: MR\n      datum: 2026-09-15\n      schooljaar: 2026-2027\n", adopt.Out);
        Assert.Equal("", adopt.Error);

        // The same adoption twice: refused, file untouched.
        var file = Path.Combine(repo.Root, Kompas, "school.yaml");
        var before = File.ReadAllText(file);
        var twice = Plangen.Run(repo.Root, "vaststellen", "obs-t-kompas", "--orgaan", "mr", "--datum", "2026-09-15");
        Assert.Equal(1, twice.ExitCode);
        Assert.Contains($"{Kompas}/school.yaml:", twice.Error);
        Assert.Contains("deze vaststelling staat er al (de medezeggenschapsraad op 2026-09-15, schooljaar 2026-2027). Er is niets veranderd.", twice.Error);
        Assert.Equal(before, File.ReadAllText(file));

        // A date after the school year it is recorded for: written, with a warning.
        var late = Plangen.Run(repo.Root, "vaststellen", "obs-t-kompas", "--orgaan", "bestuur", "--datum", "2027-09-15", "--toelichting", "kennisname");
        Assert.Equal(0, late.ExitCode);
        Assert.Contains("waarschuwing: 15 september 2027 ligt na schooljaar 2026-2027 (dat eindigde op 31 juli 2027); vastgelegd voor 2026-2027.", late.Error);
        Assert.Contains("      toelichting: kennisname\n", late.Out);

        Assert.Equal(0, Plangen.Run(repo.Root, "build", "--school", "obs-t-kompas", "--format", "all").ExitCode);
        var output = Path.Combine(repo.Root, "output/stichting-rivierenland/obs-t-kompas");
        foreach (var (year, own, other) in new[] { ("2025-2026", "1 oktober 2025", "15 september 2026"), ("2026-2027", "15 september 2026", "1 oktober 2025") })
        {
            var folder = Path.Combine(output, year);
            foreach (var (format, text) in Texts(folder, "sociaal-veiligheidsplan"))
            {
                Assert.True(text.Contains(own, StringComparison.Ordinal), $"{year} {format} mist '{own}'");
                Assert.False(text.Contains(other, StringComparison.Ordinal), $"{year} {format} noemt '{other}' van een ander schooljaar");
                Assert.True(text.Contains("Instemming van de medezeggenschapsraad", StringComparison.Ordinal), $"{year} {format}: instemming");
                Assert.False(text.Contains("Vastgesteld door de medezeggenschapsraad", StringComparison.Ordinal), $"{year} {format}: the MR consents, it does not adopt");
            }
        }
        Assert.Contains("Ter kennisname aan het bestuur op 15 september 2027", File.ReadAllText(Path.Combine(output, "2026-2027/sociaal-veiligheidsplan.md")));

        Assert.Equal(0, Plangen.Run(repo.Root, "publish", "--bestuur", "stichting-rivierenland", "--out", "site").ExitCode);
        var page = File.ReadAllText(Path.Combine(repo.Root, "site/stichting-rivierenland/obs-t-kompas/index.html"));
        var last = page[page.IndexOf("id=\"Jaar-2025-2026\"", StringComparison.Ordinal)..];
        var next = page[page.IndexOf("id=\"Jaar-2026-2027\"", StringComparison.Ordinal)..page.IndexOf("id=\"Jaar-2025-2026\"", StringComparison.Ordinal)];
        Assert.Contains("1 oktober 2025", last);
        Assert.DoesNotContain("2026-09-15", last);
        Assert.Contains("<time datetime=\"2026-09-15\">15 september 2026</time>", next);
    }

    [SkippableFact]
    public void De_Linde_2026_2027_is_a_concept_version_0_9_and_shows_no_adoption_of_last_year()
    {
        Skip.IfNot(File.Exists("/usr/bin/pdftotext"), "pdftotext ontbreekt; installeer poppler-utils");
        using var repo = Examples();
        Assert.Equal(0, Plangen.Run(repo.Root, "build", "--school", "obs-de-linde", "--format", "all").ExitCode);
        var folder = Path.Combine(repo.Root, "output/stichting-rivierenland/obs-de-linde/2026-2027");
        var markdown = File.ReadAllText(Path.Combine(folder, "sociaal-veiligheidsplan.md"));
        Assert.Contains("versie: \"0.9\"\nstatus: \"concept\"\neditie: \"intern\"\nvastgesteld: []\n", markdown);
        foreach (var (format, text) in Texts(folder, "sociaal-veiligheidsplan"))
        {
            Assert.False(text.Contains("15 september 2025", StringComparison.Ordinal), $"{format} noemt de vaststelling van vorig schooljaar");
            Assert.False(text.Contains("2 september 2025", StringComparison.Ordinal), $"{format} noemt de vaststelling van vorig schooljaar");
            Assert.True(text.Contains("Dit is een concept (versie 0.9)", StringComparison.Ordinal), $"{format} zegt niet dat het een concept is");
        }
    }

    /// <summary>
    /// The text of one document in each format: Markdown, HTML, the DOCX body XML and the PDF text, with
    /// no-break spaces made plain (dates hold together with them), so a check for a date is not fooled.
    /// </summary>
    private static IEnumerable<(string Format, string Text)> Texts(string folder, string name) =>
        FormatTexts(folder, name).Select(t => (t.Format, t.Text.Replace('\u00A0', ' ')));

    private static IEnumerable<(string Format, string Text)> FormatTexts(string folder, string name)
    {
        yield return ("md", File.ReadAllText(Path.Combine(folder, name + ".md")));
        yield return ("html", File.ReadAllText(Path.Combine(folder, name + ".html")));
        using (var docx = ZipFile.OpenRead(Path.Combine(folder, name + ".docx")))
        {
            using var reader = new StreamReader(docx.GetEntry("word/document.xml")!.Open());
            yield return ("docx", System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd(), "<[^>]+>", ""));
        }
        yield return ("pdf", PdfText(Path.Combine(folder, name + ".pdf")));
    }

    private static string PdfText(string path)
    {
        var start = new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        // Lines break anywhere in a PDF: compare with single spaces.
        return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
    }
}
