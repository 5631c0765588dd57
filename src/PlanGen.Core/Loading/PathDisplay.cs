namespace PlanGen.Core.Loading;

/// <summary>Paths as users see them in messages: relative to the repository root, with forward slashes.</summary>
public static class PathDisplay
{
    public static string Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }
}
