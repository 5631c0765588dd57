using PlanGen.Site.Model;

namespace PlanGen.Site;

/// <summary>
/// Removes what the site no longer links to: a board folder whose board is gone, school folders of a
/// published board that are not on its page, and school years that are no longer published (for instance
/// concepts with --alleen-vastgesteld). Only folders inside a board folder that PlanGen published
/// (it has a bestuur.json) are touched.
/// </summary>
internal static class SiteCleanup
{
    public static void RemoveBoard(string site, string boardId)
    {
        var folder = Path.Combine(site, boardId);
        if (File.Exists(BoardSnapshot.PathOf(site, boardId)))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static void RemoveStale(string site, SiteBoard board)
    {
        var folder = Path.Combine(site, board.Id);
        if (!Directory.Exists(folder))
        {
            return;
        }
        var schools = board.Schools.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var schoolFolder in Directory.EnumerateDirectories(folder))
        {
            if (!schools.TryGetValue(Path.GetFileName(schoolFolder), out var school))
            {
                Directory.Delete(schoolFolder, recursive: true);
                continue;
            }
            var years = school.Years.Select(y => y.SchoolYear).ToHashSet(StringComparer.Ordinal);
            foreach (var yearFolder in Directory.EnumerateDirectories(schoolFolder).Where(y => !years.Contains(Path.GetFileName(y))))
            {
                Directory.Delete(yearFolder, recursive: true);
            }
        }
    }
}
