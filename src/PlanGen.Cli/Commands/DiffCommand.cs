using System.CommandLine;
using System.Text;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Lifecycle.Diff;
using PlanGen.Lifecycle.Schools;

namespace PlanGen.Cli.Commands;

/// <summary>
/// plangen diff &lt;school&gt; 2025-2026 2026-2027, or &lt;school&gt; 2025-2026 --rev A --rev B: what changed
/// between two versions of the documents, as Markdown per section and optionally as Word tracked changes.
/// </summary>
public static class DiffCommand
{
    public static Command Create(string root)
    {
        var school = new Argument<string>("school") { Description = "De school (mapnaam of bestuur/school)" };
        var years = new Argument<string[]>("schooljaren") { Description = "Twee schooljaren (oud nieuw), of één met --rev", Arity = new ArgumentArity(1, 2) };
        var revisions = new Option<string[]>("--rev") { Description = "Twee git-versies van hetzelfde schooljaar (oud, dan nieuw)" };
        var output = new Option<string?>("--out") { Description = "Schrijf het overzicht naar dit Markdown-bestand in plaats van naar het scherm" };
        var docx = new Option<string?>("--docx") { Description = "Schrijf ook een Word-bestand met bijgehouden wijzigingen" };
        var command = new Command("diff", "Laat zien wat er verandert tussen twee versies van de documenten (per hoofdstuk)") { school, years, revisions, output, docx };
        command.SetAction(result => Run(root, result.GetValue(school)!, result.GetValue(years) ?? [], result.GetValue(revisions) ?? [], result.GetValue(output), result.GetValue(docx)));
        return command;
    }

    private static int Run(string root, string school, string[] years, string[] revisions, string? output, string? docx)
    {
        var byRevision = revisions.Length > 0;
        if (byRevision ? revisions.Length != 2 || years.Length != 1 : years.Length != 2)
        {
            Console.Error.WriteLine("plangen: geef twee schooljaren (plangen diff obs-de-linde 2025-2026 2026-2027) of één schooljaar met twee keer --rev");
            return ExitCodes.Usage;
        }
        if (!years.All(y => SchoolYear.TryParse(y, out _)))
        {
            Console.Error.WriteLine("plangen: schrijf een schooljaar als 2025-2026");
            return ExitCodes.Usage;
        }
        var diagnostics = new DiagnosticBag();
        IReadOnlyList<RenderedDocument>? older, newer;
        string title;
        if (byRevision)
        {
            var folder = SchoolLookup.Folders(root, school).FirstOrDefault();
            if (folder is null)
            {
                Console.Error.WriteLine($"plangen: geen school gevonden met de naam '{school}'");
                return ExitCodes.InvalidInput;
            }
            older = AtRevision(root, folder, revisions[0], years[0], diagnostics);
            newer = older is null ? null : AtRevision(root, folder, revisions[1], years[0], diagnostics);
            title = $"Wijzigingen {SchoolLookup.Id(folder)} {years[0]}: {revisions[0]} → {revisions[1]}";
        }
        else
        {
            older = YearDocuments.Render(root, school, years[0], diagnostics);
            newer = older is null ? null : YearDocuments.Render(root, school, years[1], diagnostics);
            title = $"Wijzigingen {school}: {years[0]} → {years[1]}";
        }
        if (older is null || newer is null)
        {
            foreach (var problem in diagnostics.Sorted().Where(d => d.Severity == Severity.Error))
            {
                Console.Error.WriteLine($"plangen: {problem}");
            }
            return ExitCodes.InvalidInput;
        }
        SchoolYear.TryParse(years[0], out var from);
        SchoolYear.TryParse(years[^1], out var to);
        var documents = DocumentComparison.Compare(older, newer, YearShift.Between(from.StartYear, to.StartYear));
        var summary = ChangeSummary.Write(title, documents);
        if (output is null)
        {
            Console.Out.Write(summary);
        }
        else
        {
            AtomicFile.Write(Path.GetFullPath(output, root), s => s.Write(new UTF8Encoding(false).GetBytes(summary)));
            Console.Out.WriteLine($"geschreven: {output}");
        }
        if (docx is not null)
        {
            var date = DocumentRenderer.Timestamp(to);
            AtomicFile.Write(Path.GetFullPath(docx, root), s => TrackedChangesDocx.Write(s, newer[0], title, documents, date));
            Console.Out.WriteLine($"geschreven: {docx} (Word, met bijgehouden wijzigingen)");
        }
        return ExitCodes.Ok;
    }

    private static IReadOnlyList<RenderedDocument>? AtRevision(string root, string folder, string revision, string year, DiagnosticBag diagnostics)
    {
        using var copy = GitRevision.Materialize(root, folder, revision, out var problem);
        if (copy is null)
        {
            diagnostics.Error(SourceLocation.OfFile(revision), Codes.MissingFile, problem ?? "onbekende versie", "geef een commit, tak of tag, bijvoorbeeld HEAD~1");
            return null;
        }
        return YearDocuments.Render(copy.Root, SchoolLookup.Id(folder), year, diagnostics);
    }
}
