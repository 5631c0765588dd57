using System.Security.Cryptography;
using PlanGen.Core.Building;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;
using PlanGen.Core.Output;
using PlanGen.Core.Status;
using PlanGen.Core.Validation;
using PlanGen.Html;

namespace PlanGen.Site.Model;

/// <summary>
/// Builds the <see cref="SiteBoard"/>s from the schools that were built and the files the build
/// wrote under the site folder (sizes and SHA-256 read from the files themselves).
/// </summary>
public static class SiteCollector
{
    /// <summary>Formats the site offers, in the order the school page shows them; no Markdown for parents.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["html", "pdf", "docx"];

    /// <summary>One board per board folder, schools in Dutch order; with <paramref name="adoptedOnly"/> concept years are left out.</summary>
    public static IReadOnlyList<SiteBoard> Collect(IEnumerable<SchoolProject> schools, string siteDirectory, bool adoptedOnly = false) =>
        schools
            .GroupBy(s => s.BoardId, StringComparer.Ordinal)
            .Select(g => Board(g.ToList(), siteDirectory, adoptedOnly))
            .ToList();

    private static SiteBoard Board(IReadOnlyList<SchoolProject> schools, string site, bool adoptedOnly)
    {
        var first = schools[0];
        var info = first.Data.Bestuur;
        var name = info?.Naam ?? first.BoardId;
        var style = BoardStyle(schools);
        var logo = style?.Logo is { } path ? SiteStyle.LogoDataUri(LogoReader.Read(AssetPaths.Resolve(first.BoardDirectory, path, out _))) : null;
        return new SiteBoard(
            first.BoardId,
            name,
            Colour(style?.Kleur),
            style?.Lettertype,
            logo,
            new SiteContact(info?.Adres, info?.Telefoon, info?.Email, WebLink(info?.Website), WebLink(info?.Privacyverklaring), WebLink(info?.Toegankelijkheidsverklaring)),
            schools.Select(s => School(s, name, site, adoptedOnly)).OrderBy(s => s.Name, DutchOrder.Instance).ToList());
    }

    private static SiteSchool School(SchoolProject school, string boardName, string site, bool adoptedOnly)
    {
        var data = school.Data;
        var years = school.Years
            .Where(p => SchoolYear.TryParse(p.Schooljaar, out _))
            .OrderByDescending(p => p.Schooljaar, StringComparer.Ordinal)
            .Select(plan => (Plan: plan, Status: PlanStatus.Of(data, plan)))
            .Where(p => !adoptedOnly || !p.Status.IsConcept)
            .Select(p =>
            {
                SchoolYear.TryParse(p.Plan.Schooljaar, out var year);
                var folder = $"{school.BoardId}/{school.SchoolId}/{p.Plan.Schooljaar}";
                var adopting = p.Status.IsConcept ? null : p.Status.Adoptions.Where(AdoptionWording.Adopts).MaxBy(a => a.Datum);
                return new SiteYear(
                    p.Plan.Schooljaar,
                    p.Status.Version,
                    p.Status.IsConcept,
                    adopting?.Datum,
                    adopting is null ? null : AdoptionWording.StepPhrase(adopting),
                    SiteDates.LastChange(p.Status, p.Plan, year),
                    DocumentDefinition.All.Select(d => Document(d, folder, site)).ToList());
            })
            .ToList();
        var (logo, alt) = data.School.Logo is { } own
            ? (SiteStyle.LogoDataUri(LogoReader.Read(AssetPaths.Resolve(school.SchoolDirectory, own, out _))), $"Logo van {data.School.Naam}")
            : data.Huisstijl?.Logo is { } board ? (SiteStyle.LogoDataUri(LogoReader.Read(AssetPaths.Resolve(school.BoardDirectory, board, out _))), $"Logo van {boardName}") : (null, "");
        return new SiteSchool(school.BoardId, school.SchoolId, data.School.Naam, data.School.Plaats,
            Colour(data.Huisstijl?.Kleur), data.Huisstijl?.Lettertype, logo, alt, years);
    }

    /// <summary>The board's house style: the one most of its schools inherit (a school may override its own).</summary>
    private static HouseStyle? BoardStyle(IReadOnlyList<SchoolProject> schools) =>
        schools.Select(s => s.Data.Huisstijl).OfType<HouseStyle>().GroupBy(h => (h.Kleur, h.Logo)).MaxBy(g => g.Count())?.First();

    private static string Colour(string? colour) =>
        colour is { } c && System.Text.RegularExpressions.Regex.IsMatch(c.Trim(), "^#[0-9A-Fa-f]{6}$") ? c.Trim().ToUpperInvariant() : "#1B5E20";

    /// <summary>Only http(s) links reach a page; validation reports anything else.</summary>
    private static string? WebLink(string? link) =>
        link is { } l && Uri.TryCreate(l.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

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
