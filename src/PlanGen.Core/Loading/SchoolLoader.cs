using System.Collections.Concurrent;
using PlanGen.Core.Binding;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Files;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Loading;

/// <summary>
/// Loads schools: reads bestuur.yaml (once per board), school.yaml and the year plans, merges the board's
/// defaults into the school and binds the typed model. Every problem goes to the diagnostics.
/// </summary>
public sealed class SchoolLoader(string root)
{
    private readonly ConcurrentDictionary<string, (YNode? Tree, DiagnosticBag Diagnostics)> boards = new();

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Loads one school folder; returns null when it could not be read at all.</summary>
    public SchoolProject? Load(string schoolDirectory, DiagnosticBag diagnostics)
    {
        var schoolDir = Path.GetFullPath(schoolDirectory);
        var boardDir = Path.GetDirectoryName(schoolDir)!;
        var inputs = new List<string>();

        var (boardTree, boardDiagnostics) = boards.GetOrAdd(boardDir, ReadBoard);
        diagnostics.AddRange(boardDiagnostics.Items);
        var boardFile = Path.Combine(boardDir, SchoolDiscovery.BoardFile);
        if (File.Exists(boardFile))
        {
            inputs.Add(boardFile);
        }

        var schoolFile = Path.Combine(schoolDir, SchoolDiscovery.SchoolFile);
        inputs.Add(schoolFile);
        var roots = new[] { SafeFile.RootOf(boardDir) };
        if (Outside(schoolFile, roots, diagnostics))
        {
            return null;
        }
        var schoolTree = YamlReader.ReadFile(schoolFile, Show(schoolFile), diagnostics);
        if (schoolTree is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(SourceLocation.OfFile(Show(schoolFile)), Codes.RequiredMissing, "school.yaml is leeg", "vul minstens school: naam: in");
            }
            return null;
        }
        if (schoolTree is not YMapping)
        {
            diagnostics.Error(schoolTree.Location, Codes.WrongType, "school.yaml moet uit velden bestaan (naam: waarde), niet uit een lijst of een losse tekst", "begin met school: en daaronder, ingesprongen, naam:");
            return null;
        }
        var merged = DefaultsMerger.Merge(boardTree, schoolTree)!;
        var binder = new ModelBinder(diagnostics);
        var data = binder.Bind<SchoolData>(merged);

        var years = new List<YearPlan>();
        var yearFolder = Path.Combine(schoolDir, SchoolDiscovery.YearPlanFolder);
        var yearFiles = Directory.Exists(yearFolder)
            ? Directory.EnumerateFiles(yearFolder, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var file in yearFiles)
        {
            inputs.Add(file);
            var plan = Outside(file, roots, diagnostics) ? null : LoadYear(file, binder, diagnostics);
            if (plan is not null)
            {
                years.Add(plan);
            }
        }
        if (yearFiles.Count == 0)
        {
            diagnostics.Error(SourceLocation.OfFile(Show(schoolFile)), Codes.MissingFile, "deze school heeft nog geen jaarplan",
                "maak jaarplannen/2025-2026.yaml naast school.yaml (zie docs/yaml-format.md)");
        }

        return new SchoolProject
        {
            BoardId = Path.GetFileName(boardDir),
            SchoolId = Path.GetFileName(schoolDir),
            SchoolDirectory = schoolDir,
            BoardDirectory = boardDir,
            Data = data,
            Years = years,
            InputFiles = inputs,
        };
    }

    private YearPlan? LoadYear(string file, ModelBinder binder, DiagnosticBag diagnostics)
    {
        var shown = Show(file);
        var name = Path.GetFileNameWithoutExtension(file);
        if (!SchoolYear.TryParse(name, out _))
        {
            diagnostics.Error(SourceLocation.OfFile(shown), Codes.BadSchoolYear, $"de bestandsnaam '{name}' is geen schooljaar",
                "noem het bestand naar het schooljaar, bijvoorbeeld 2025-2026.yaml");
            return null;
        }
        var tree = YamlReader.ReadFile(file, shown, diagnostics);
        if (tree is null)
        {
            return null;
        }
        if (tree is not YMapping)
        {
            diagnostics.Error(tree.Location, Codes.WrongType, "een jaarplan moet uit velden bestaan (naam: waarde), niet uit een lijst of een losse tekst", "begin met schooljaar: en activiteiten:");
            return null;
        }
        var plan = binder.Bind<YearPlan>(tree);
        if (plan.FieldLocations.ContainsKey("schooljaar") && plan.Schooljaar.Trim() != name)
        {
            diagnostics.Error(plan.LocationOf("schooljaar"), Codes.BadSchoolYear, $"schooljaar '{plan.Schooljaar}' past niet bij de bestandsnaam {name}.yaml",
                $"schrijf schooljaar: {name}, of hernoem het bestand");
        }
        plan.Schooljaar = name;
        SchoolYear.TryParse(name, out var year);
        // Activities read in date order; undated ("hele jaar") first. OrderBy is stable.
        plan.Activiteiten = plan.Activiteiten
            .OrderBy(a => SchoolMoment.TryParse(a.Wanneer, year, out var moment) ? moment.SortKey : DateOnly.MinValue)
            .ToList();
        return plan;
    }

    private (YNode?, DiagnosticBag) ReadBoard(string boardDir)
    {
        var diagnostics = new DiagnosticBag();
        var file = Path.Combine(boardDir, SchoolDiscovery.BoardFile);
        if (!File.Exists(file) && !Directory.Exists(file))
        {
            return (null, diagnostics);
        }
        if (Outside(file, [SafeFile.RootOf(boardDir)], diagnostics))
        {
            return (null, diagnostics);
        }
        var tree = YamlReader.ReadFile(file, Show(file), diagnostics);
        if (tree is not null and not YMapping)
        {
            diagnostics.Error(tree.Location, Codes.WrongType, "bestuur.yaml moet uit velden bestaan (naam: waarde)", "begin met bestuur: en daaronder naam:");
            return (null, diagnostics);
        }
        return (tree, diagnostics);
    }

    /// <summary>A YAML file symlinked out of the board's folder is never read (its lines would reach the reports).</summary>
    private bool Outside(string file, IReadOnlyList<string> roots, DiagnosticBag diagnostics)
    {
        if (!SafeFile.IsOutside(file, roots))
        {
            return false;
        }
        diagnostics.Error(SourceLocation.OfFile(Show(file)), Codes.OutsideRepository, SafeFile.Outside, SafeFile.OutsideHint);
        return true;
    }

    private string Show(string path) => PathDisplay.Relative(Root, path);
}
