using PlanGen.Core.Diagnostics;
using PlanGen.Core.Files;

namespace PlanGen.Core.Loading;

/// <summary>
/// The folders holding a school.yaml under a folder, walked by hand: .NET's recursive enumeration follows
/// symlinked folders, so two links in a loop made discovery exponential. A linked folder is entered only
/// when its real path lies inside the repository and was not walked before; else a Dutch warning says why
/// it was skipped.
/// </summary>
internal static class SchoolWalk
{
    /// <summary>Deeper than any board layout; a guard against very deep trees.</summary>
    private const int MaxDepth = 32;

    public static List<string> Under(string root, string folder, DiagnosticBag diagnostics)
    {
        var realRoot = FileKinds.RealPath(root);
        var realStart = FileKinds.RealPath(folder);
        // Real paths of the linked folders entered: a link back to one of them (a loop) is not entered again.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var walked = new HashSet<string>(StringComparer.Ordinal);
        var schools = new List<string>();
        // Each folder with its real path: a folder that is no link lies where its parent really lies, so only the
        // start and the links cost a realpath (two system calls per path component, for 1,000 schools 50,000).
        var pending = new Stack<(string Folder, string Real, int Depth)>();
        pending.Push((folder, realStart, 0));
        while (pending.Count > 0)
        {
            var (current, currentReal, depth) = pending.Pop();
            if (!walked.Add(currentReal))
            {
                // Reached a second way (through a link above the folder named): its schools are found once.
                continue;
            }
            // Entries, not files: a folder or broken link named school.yaml is still a school, whose loader reports it.
            var school = Path.Combine(current, SchoolDiscovery.SchoolFile);
            if (File.Exists(school) || Directory.Exists(school) || new FileInfo(school).LinkTarget is not null)
            {
                schools.Add(current);
            }
            if (depth >= MaxDepth)
            {
                continue;
            }
            foreach (var sub in Subfolders(current))
            {
                if (new DirectoryInfo(sub).LinkTarget is null)
                {
                    pending.Push((sub, Path.Combine(currentReal, Path.GetFileName(sub)), depth + 1));
                    continue;
                }
                var real = FileKinds.RealPath(sub);
                var at = SourceLocation.OfFile(PathDisplay.Relative(root, sub));
                if (!FileKinds.IsInside(real, realRoot))
                {
                    diagnostics.Warning(at, Codes.OutsideRepository, "deze map is een koppeling (symlink) naar een plek buiten de repository; PlanGen zoekt daar niet naar scholen", SafeFile.OutsideHint);
                }
                else if (FileKinds.IsInside(real, realStart) || !seen.Add(real))
                {
                    diagnostics.Warning(at, Codes.OutsideRepository, "deze map is een koppeling (symlink) naar een map die al doorzocht is (een lus of een tweede weg naar dezelfde map); PlanGen slaat hem over", "verwijder de koppeling; elke school staat maar op één plek");
                }
                else
                {
                    pending.Push((sub, real, depth + 1));
                }
            }
        }
        return schools;
    }

    private static IEnumerable<string> Subfolders(string folder)
    {
        try
        {
            return Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (IoFailure.IsIo(e))
        {
            return [];
        }
    }
}
