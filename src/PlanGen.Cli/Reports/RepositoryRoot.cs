namespace PlanGen.Cli.Reports;

/// <summary>
/// The root of the board's repository, which code scanning wants paths relative to: the nearest folder
/// above the checked files with a .git, else the folder that holds schools/, else the working folder.
/// </summary>
public static class RepositoryRoot
{
    public static string Find(string file, string workingFolder)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(file) ?? file); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }
        var parts = Path.GetFullPath(file).Split(Path.DirectorySeparatorChar);
        var schools = Array.LastIndexOf(parts, "schools");
        return schools > 0 ? string.Join(Path.DirectorySeparatorChar, parts[..schools]) is { Length: > 0 } above ? above : Path.GetPathRoot(file)! : Path.GetFullPath(workingFolder);
    }
}
