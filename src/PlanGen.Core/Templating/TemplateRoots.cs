using PlanGen.Core.Files;

namespace PlanGen.Core.Templating;

/// <summary>
/// Where templates are looked up, most specific first: the school's templates/ folder, the board's,
/// then the built-in ones. A board can so replace one partial without copying the rest.
/// </summary>
public sealed record TemplateRoots(IReadOnlyList<string> Folders)
{
    public const string FolderName = "templates";

    /// <summary>Largest template PlanGen reads; the built-in ones are a few kB.</summary>
    public const long MaxTemplateBytes = 1024 * 1024;

    private IReadOnlyList<string>? realFolders;
    private string? boardDirectory;
    private string? builtIn;

    /// <summary>
    /// Real paths (symlinks resolved) of the folders a template may really live in: the built-in folder, and the
    /// school's and board's template folders when they really lie inside the board's folder. Resolved on first
    /// use: the unchanged check of a rebuild only looks templates up, and realpath costs two system calls per
    /// path component.
    /// </summary>
    public IReadOnlyList<string> RealFolders
    {
        get => realFolders ??= Resolve();
        init => realFolders = value;
    }

    private IReadOnlyList<string> Resolve()
    {
        if (boardDirectory is null || builtIn is null)
        {
            return [];
        }
        var board = SafeFile.RootOf(boardDirectory);
        var builtInReal = FileKinds.RealPath(builtIn);
        return Folders.Select(FileKinds.RealPath).Where(r => r == builtInReal || FileKinds.IsInside(r, board)).Distinct().ToList();
    }

    /// <summary>Built-in templates: the repository's templates/ when run from a checkout, else those shipped beside the tool.</summary>
    public static string BuiltIn(string repositoryRoot)
    {
        var inRepository = Path.Combine(repositoryRoot, FolderName);
        return Directory.Exists(inRepository) ? inRepository : Path.Combine(AppContext.BaseDirectory, FolderName);
    }

    public static TemplateRoots For(string schoolDirectory, string boardDirectory, string builtIn)
    {
        var folders = new[] { Path.Combine(schoolDirectory, FolderName), Path.Combine(boardDirectory, FolderName), builtIn }
            .Where(Directory.Exists)
            .Select(Path.GetFullPath)
            .ToList();
        return new TemplateRoots(folders) { boardDirectory = boardDirectory, builtIn = builtIn };
    }

    /// <summary>Null when the template file at <paramref name="path"/> may be read; else what is wrong, in Dutch.</summary>
    public string? ProblemWith(string path)
    {
        if (SafeFile.Problem(path, RealFolders) is { } problem)
        {
            return problem == SafeFile.Outside ? "dit sjabloon is een koppeling (symlink) naar een bestand buiten de sjabloonmappen; PlanGen leest alleen sjablonen binnen de repository" : problem;
        }
        return new FileInfo(path).Length > MaxTemplateBytes ? $"het sjabloon is groter dan {MaxTemplateBytes / 1024} kB" : null;
    }

    /// <summary>Finds a template by relative name; never outside a root (no rooted paths, no "..").</summary>
    public string? Find(string name)
    {
        if (Path.IsPathRooted(name) || name.Split('/', '\\').Any(part => part is ".." or ""))
        {
            return null;
        }
        var file = name.EndsWith(".scriban", StringComparison.Ordinal) ? name : name + ".scriban";
        foreach (var folder in Folders)
        {
            var candidate = Path.GetFullPath(Path.Combine(folder, file));
            if (candidate.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
