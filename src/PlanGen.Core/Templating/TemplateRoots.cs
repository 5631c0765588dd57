namespace PlanGen.Core.Templating;

/// <summary>
/// Where templates are looked up, most specific first: the school's templates/ folder, the board's,
/// then the built-in ones. A board can so replace one partial without copying the rest.
/// </summary>
public sealed record TemplateRoots(IReadOnlyList<string> Folders)
{
    public const string FolderName = "templates";

    /// <summary>Built-in templates: the repository's templates/ when run from a checkout, else those shipped beside the tool.</summary>
    public static string BuiltIn(string repositoryRoot)
    {
        var inRepository = Path.Combine(repositoryRoot, FolderName);
        return Directory.Exists(inRepository) ? inRepository : Path.Combine(AppContext.BaseDirectory, FolderName);
    }

    public static TemplateRoots For(string schoolDirectory, string boardDirectory, string builtIn) =>
        new(new[] { Path.Combine(schoolDirectory, FolderName), Path.Combine(boardDirectory, FolderName), builtIn }
            .Where(Directory.Exists)
            .Select(Path.GetFullPath)
            .ToList());

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
