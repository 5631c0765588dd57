namespace PlanGen.Core.Building.Incremental;

/// <summary>
/// Removes output PlanGen wrote and no longer makes, using only the files listed in manifests:
/// a document that went (a year plan removed) and every file of a school that was deleted.
/// Files not in a manifest are never touched.
/// </summary>
internal static class OutputCleanup
{
    /// <summary>
    /// Deletes earlier outputs of <paramref name="previous"/> this build did not make again, for the formats
    /// it builds; returns the earlier files of other formats that still exist (they stay listed).
    /// </summary>
    public static IReadOnlyList<ManifestOutput> RemoveStale(string output, SchoolManifest? previous, IReadOnlySet<string> made, IReadOnlySet<string> extensions)
    {
        var kept = new List<ManifestOutput>();
        foreach (var old in previous?.Outputs ?? [])
        {
            if (made.Contains(old.Path) || !Inside(output, old.Path, previous!.School, out var file))
            {
                continue;
            }
            if (extensions.Contains(Path.GetExtension(file).TrimStart('.')))
            {
                Delete(file);
                var folder = Path.GetDirectoryName(file)!;
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
            else if (File.Exists(file))
            {
                kept.Add(old);
            }
        }
        return kept;
    }

    /// <summary>Every school with a manifest in <paramref name="output"/> ("bestuur/school", sorted).</summary>
    public static IReadOnlyList<string> SchoolsWithManifest(string output)
    {
        if (!Directory.Exists(output))
        {
            return [];
        }
        return Directory.EnumerateDirectories(output)
            .SelectMany(board => Directory.EnumerateDirectories(board).Where(school => File.Exists(Path.Combine(school, SchoolManifest.FileName))))
            .Select(school => $"{Path.GetFileName(Path.GetDirectoryName(school))}/{Path.GetFileName(school)}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Deletes the files a removed school's manifest lists, then the manifest and empty folders; returns the files deleted.</summary>
    public static IReadOnlyList<string> RemoveSchool(string output, string schoolId)
    {
        var folder = Path.Combine(output, schoolId);
        var manifestPath = Path.Combine(folder, SchoolManifest.FileName);
        var manifest = ManifestJson.Read(manifestPath);
        if (manifest is null || manifest.School != schoolId)
        {
            // Unreadable or not ours: leave the folder alone.
            return [];
        }
        var deleted = new List<string>();
        foreach (var item in manifest.Outputs)
        {
            if (Inside(output, item.Path, schoolId, out var file) && Delete(file))
            {
                deleted.Add(item.Path);
            }
        }
        Delete(manifestPath);
        RemoveEmptyFolders(folder);
        var board = Path.GetDirectoryName(folder)!;
        if (Directory.Exists(board) && !Directory.EnumerateFileSystemEntries(board).Any())
        {
            Directory.Delete(board);
        }
        return deleted;
    }

    /// <summary>A manifest path must stay inside its own school's output folder.</summary>
    private static bool Inside(string output, string relative, string schoolId, out string file)
    {
        var folder = Path.GetFullPath(Path.Combine(output, schoolId)) + Path.DirectorySeparatorChar;
        file = Path.GetFullPath(Path.Combine(output, relative));
        return !Path.IsPathRooted(relative) && file.StartsWith(folder, StringComparison.Ordinal);
    }

    private static bool Delete(string file)
    {
        if (!File.Exists(file))
        {
            return false;
        }
        File.Delete(file);
        return true;
    }

    private static void RemoveEmptyFolders(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }
        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            RemoveEmptyFolders(child);
        }
        if (!Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }
}
