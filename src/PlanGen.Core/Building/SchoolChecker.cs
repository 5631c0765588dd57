using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Validation;

namespace PlanGen.Core.Building;

/// <summary>Loads and validates schools: what `plangen validate` does and what `build` does first.</summary>
public static class SchoolChecker
{
    public sealed record CheckedSchool(string Directory, SchoolProject? Project, DiagnosticBag Diagnostics)
    {
        public bool IsValid => Project is not null && !Diagnostics.HasErrors;
    }

    /// <summary>
    /// Finds the schools under <paramref name="paths"/> and checks each; problems finding them go to
    /// <paramref name="general"/>. <paramref name="regime"/> overrides the board's regime setting.
    /// </summary>
    public static IReadOnlyList<CheckedSchool> Check(string root, IReadOnlyList<string> paths, DiagnosticBag general, string? regime = null)
    {
        var directories = SchoolDiscovery.Find(root, paths, general);
        var loader = new SchoolLoader(root);
        var results = new CheckedSchool[directories.Count];
        // One school (the usual `plangen validate school`) on this thread: starting the thread pool costs more than it saves.
        if (directories.Count == 1)
        {
            results[0] = CheckOne(loader, directories[0], regime);
        }
        else
        {
            Parallel.For(0, directories.Count, i => results[i] = CheckOne(loader, directories[i], regime));
        }
        return results;
    }

    /// <summary>Loads and validates one school folder (the build does this school by school, streaming).</summary>
    public static CheckedSchool CheckOne(SchoolLoader loader, string directory, string? regime = null)
    {
        var diagnostics = new DiagnosticBag();
        var project = loader.Load(directory, diagnostics);
        if (project is not null)
        {
            project.Data.Regime = regime ?? project.Data.Regime;
            Validator.Validate(project, diagnostics);
        }
        return new CheckedSchool(directory, project, diagnostics);
    }
}
