using System.Collections.Concurrent;
using System.Security.Cryptography;
using PlanGen.Core.Loading;
using PlanGen.Core.Templating;

namespace PlanGen.Core.Building.Incremental;

/// <summary>
/// A school's inputs with their content hashes: its YAML and its board's, every template its documents
/// used (by name and the folder it came from: school, board or built-in) and the files they show (logo).
/// </summary>
internal sealed class SchoolInputs(string root, string builtInTemplates)
{
    // One build reads each file once: a board's YAML and the built-in templates are shared by many schools.
    private readonly ConcurrentDictionary<string, string> hashes = new(StringComparer.Ordinal);
    private readonly string builtInFolder = Path.GetFullPath(builtInTemplates);

    // A template name as found for a school without templates/ folders of its own or its board's: the same for
    // each of them, so a rebuild's unchanged check looks each name up once per run, not once per school.
    private readonly ConcurrentDictionary<string, ManifestInput?> builtInOnly = new(StringComparer.Ordinal);

    /// <summary>The YAML files as they are now: bestuur.yaml, school.yaml, jaarplannen/*.yaml (the loader's order).</summary>
    public IReadOnlyList<ManifestInput> Yaml(string schoolDirectory)
    {
        var board = Path.Combine(Path.GetDirectoryName(schoolDirectory)!, SchoolDiscovery.BoardFile);
        var files = new List<string>();
        if (File.Exists(board))
        {
            files.Add(board);
        }
        files.Add(Path.Combine(schoolDirectory, SchoolDiscovery.SchoolFile));
        var years = Path.Combine(schoolDirectory, SchoolDiscovery.YearPlanFolder);
        if (Directory.Exists(years))
        {
            files.AddRange(Directory.EnumerateFiles(years, "*.yaml").Order(StringComparer.Ordinal));
        }
        return files.Select(f => new ManifestInput(InputKinds.Yaml, PathDisplay.Relative(root, f), Hash(f) ?? "")).ToList();
    }

    /// <summary>All inputs after a build: the YAML, the templates used and the assets shown, in a fixed order.</summary>
    public IReadOnlyList<ManifestInput> All(string schoolDirectory, IEnumerable<string> templatesUsed, IEnumerable<string> assets)
    {
        var roots = Roots(schoolDirectory);
        var templates = templatesUsed.Distinct().Select(path => Template(roots, schoolDirectory, path)).OrderBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Path, StringComparer.Ordinal);
        var files = assets.Distinct().Order(StringComparer.Ordinal).Select(f => new ManifestInput(InputKinds.Asset, PathDisplay.Relative(root, f), Hash(f) ?? ""));
        return [.. Yaml(schoolDirectory), .. templates, .. files];
    }

    /// <summary>True when every input the manifest names is still the same (and no YAML file came or went).</summary>
    public bool Unchanged(SchoolManifest manifest, string schoolDirectory)
    {
        var yaml = manifest.Inputs.Where(i => i.Kind == InputKinds.Yaml).ToList();
        if (!yaml.SequenceEqual(Yaml(schoolDirectory)))
        {
            return false;
        }
        var roots = Roots(schoolDirectory);
        foreach (var input in manifest.Inputs.Where(i => i.Kind != InputKinds.Yaml))
        {
            var current = input.Kind == InputKinds.Asset
                ? new ManifestInput(input.Kind, input.Path, Hash(Path.Combine(root, input.Path)) ?? "")
                : Current(roots, schoolDirectory, input.Path);
            if (current != input)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The template of that name as it is now (its folder and hash), or null when it no longer exists.</summary>
    private ManifestInput? Current(TemplateRoots roots, string schoolDirectory, string name)
    {
        ManifestInput? Look(string n) => roots.Find(n) is { } path ? Template(roots, schoolDirectory, path) : null;
        return roots.Folders.Count == 1 && roots.Folders[0] == builtInFolder ? builtInOnly.GetOrAdd(name, Look) : Look(name);
    }

    private TemplateRoots Roots(string schoolDirectory) =>
        TemplateRoots.For(schoolDirectory, Path.GetDirectoryName(schoolDirectory)!, builtInTemplates);

    private ManifestInput Template(TemplateRoots roots, string schoolDirectory, string path)
    {
        var folder = roots.Folders.First(f => path.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        var schoolTemplates = Path.GetFullPath(Path.Combine(schoolDirectory, TemplateRoots.FolderName));
        var boardTemplates = Path.GetFullPath(Path.Combine(schoolDirectory, "..", TemplateRoots.FolderName));
        var kind = folder == schoolTemplates ? InputKinds.SchoolTemplate : folder == boardTemplates ? InputKinds.BoardTemplate : InputKinds.BuiltInTemplate;
        return new ManifestInput(kind, Path.GetRelativePath(folder, path).Replace('\\', '/'), Hash(path) ?? "");
    }

    private string? Hash(string path)
    {
        if (hashes.TryGetValue(path, out var known))
        {
            return known;
        }
        try
        {
            return hashes[path] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
