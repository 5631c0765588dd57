using System.Security.Cryptography;
using PlanGen.Core.Binding;
using PlanGen.Core.Building;
using PlanGen.Core.Loading;
using PlanGen.Core.Validation;

namespace PlanGen.Site.Model;

/// <summary>
/// Builds the <see cref="SiteModel"/> from the schools that were built and the files the build
/// wrote under the site folder (sizes and SHA-256 read from the files themselves).
/// </summary>
public static class SiteCollector
{
    /// <summary>Download formats in the order the school page offers them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["html", "pdf", "docx", "md"];

    public static SiteModel Collect(IEnumerable<SchoolProject> schools, string siteDirectory) =>
        new(schools
            .GroupBy(s => s.BoardId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Board(g.ToList(), siteDirectory))
            .ToList());

    private static SiteBoard Board(IReadOnlyList<SchoolProject> schools, string site)
    {
        var data = schools[0].Data;
        return new SiteBoard(
            schools[0].BoardId,
            data.Bestuur?.Naam ?? schools[0].BoardId,
            data.Bestuur?.Website,
            schools.OrderBy(s => s.Data.School.Naam, StringComparer.CurrentCulture).Select(s => School(s, site)).ToList());
    }

    private static SiteSchool School(SchoolProject school, string site)
    {
        var data = school.Data;
        var adoption = SiteDates.LatestAdoption(data);
        var years = school.Years
            .Where(p => SchoolYear.TryParse(p.Schooljaar, out _))
            .OrderByDescending(p => p.Schooljaar, StringComparer.Ordinal)
            .Select(plan =>
            {
                SchoolYear.TryParse(plan.Schooljaar, out var year);
                var folder = $"{school.BoardId}/{school.SchoolId}/{plan.Schooljaar}";
                return new SiteYear(
                    plan.Schooljaar,
                    plan.Versie ?? "1.0",
                    adoption?.Datum,
                    adoption is null ? null : Vocabularies.Label(adoption.Orgaan),
                    SiteDates.LastChange(data, plan, year),
                    DocumentDefinition.All.Select(d => Document(d, folder, site)).ToList());
            })
            .ToList();
        var logo = data.School.Logo is { } own ? AssetPaths.Resolve(school.SchoolDirectory, own, out _)
            : data.Huisstijl?.Logo is { } board ? AssetPaths.Resolve(school.BoardDirectory, board, out _) : null;
        return new SiteSchool(school.BoardId, school.SchoolId, data.School.Naam, data.Bestuur?.Naam ?? school.BoardId, data.School.Plaats,
            data.Huisstijl?.Kleur?.Trim() ?? "#1B5E20", data.Huisstijl?.Lettertype, logo, years);
    }

    private static SiteDocument Document(DocumentDefinition definition, string folder, string site)
    {
        var files = new List<SiteFile>();
        foreach (var format in Formats)
        {
            var relative = $"{folder}/{definition.FileName}.{format}";
            var full = Path.Combine(site, relative);
            if (File.Exists(full))
            {
                var bytes = File.ReadAllBytes(full);
                files.Add(new SiteFile(format, relative, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes))));
            }
        }
        return new SiteDocument(definition.Title, definition.FileName, files);
    }
}
