using PlanGen.Core.Diagnostics;
using PlanGen.Core.Editions;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Core.Status;
using PlanGen.Core.Templating;
using PlanGen.Core.Validation;

namespace PlanGen.Core.Building;

/// <summary>Renders one school's documents for one school year into the intermediate Markdown form.</summary>
public sealed class DocumentRenderer(string root, TemplateRenderer templates)
{
    private readonly string builtInTemplates = TemplateRoots.BuiltIn(root);

    /// <summary>
    /// Null on error (reported). Every template file used is added to <paramref name="usedTemplates"/> when given.
    /// Each document is parsed once, into the typed tree, with <paramref name="edition"/> applied on it.
    /// </summary>
    public IReadOnlyList<RenderedDocument>? Render(SchoolProject school, YearPlan plan, DiagnosticBag diagnostics, ISet<string>? usedTemplates = null, Edition edition = Edition.Intern)
    {
        if (!SchoolYear.TryParse(plan.Schooljaar, out var year))
        {
            return null;
        }
        var roots = TemplateRoots.For(school.SchoolDirectory, school.BoardDirectory, builtInTemplates);
        var documents = new List<RenderedDocument>();
        var used = usedTemplates ?? new HashSet<string>(StringComparer.Ordinal);
        var logo = LogoReader.Read(Logo(school));
        var font = FontPaths.Read(school);
        var failed = false;
        var status = PlanStatus.Of(school.Data, plan);
        foreach (var definition in DocumentDefinition.All)
        {
            var version = status.Version;
            var previous = school.Years.FirstOrDefault(p => p.Schooljaar == new SchoolYear(year.StartYear - 1).ToString());
            var model = new TemplateModel(school.Data, plan, year, definition.Title, version, previous, status, edition);
            var body = templates.Render(roots, definition.Template, model, diagnostics, root, used);
            if (body is null)
            {
                return null;
            }
            var info = Describe(school, definition, year, status, edition) with { Logo = logo, FontFile = font };
            var markdown = FrontMatter.Create(
            [
                ("school", info.SchoolName),
                ("bestuur", info.BoardName),
                ("schooljaar", info.SchoolYear),
                ("document", info.Title),
                ("versie", version),
                ("status", status.Name),
                ("editie", info.EditionName),
                ("vastgesteld", info.Adoptions),
            ]) + MarkdownTidy.Tidy(body);
            var document = RenderedDocument.Create(info, markdown, keepInternal: edition == Edition.Intern);
            failed |= DialectDiagnostics.Report(document, school, used, root, diagnostics);
            documents.Add(document);
        }
        return failed ? null : documents;
    }

    private static DocumentInfo Describe(SchoolProject school, DocumentDefinition definition, SchoolYear year, PlanStatus status, Edition edition)
    {
        var data = school.Data;
        return new DocumentInfo
        {
            Kind = definition.Kind,
            FileName = definition.FileName,
            Title = definition.Title,
            Subtitle = definition.Kind == DocumentKind.Kwaliteitskaart ? data.Kwaliteitskaart?.Titel ?? new QualityCard().Titel : null,
            SchoolName = data.School.Naam,
            BoardName = data.Bestuur?.Naam ?? school.BoardId,
            SchoolYear = year.ToString(),
            Adoptions = status.Sentences,
            IsConcept = status.IsConcept,
            Version = status.Version,
            StatusLabel = status.Label,
            IsInternal = edition == Edition.Intern,
            AccentColor = data.Huisstijl?.Kleur,
            FontFamily = data.Huisstijl?.Lettertype,
            NewPagePerChapter = data.Huisstijl?.NieuwePaginaPerHoofdstuk ?? false,
            LogoPath = Logo(school),
            LogoAltText = $"Logo van {data.School.Naam}",
            Keywords = ["sociale veiligheid", definition.Title.ToLowerInvariant(), data.School.Naam, year.ToString()],
            Timestamp = Timestamp(year),
        };
    }

    private static string? Logo(SchoolProject school)
    {
        if (school.Data.School.Logo is { } schoolLogo)
        {
            return AssetPaths.Resolve(school.SchoolDirectory, schoolLogo, out _);
        }
        return school.Data.Huisstijl?.Logo is { } boardLogo ? AssetPaths.Resolve(school.BoardDirectory, boardLogo, out _) : null;
    }

    /// <summary>SOURCE_DATE_EPOCH when set (reproducible-builds convention), else 1 August of the school year.</summary>
    public static DateTimeOffset Timestamp(SchoolYear year)
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        return long.TryParse(epoch, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : new DateTimeOffset(year.StartYear, 8, 1, 0, 0, 0, TimeSpan.Zero);
    }
}
