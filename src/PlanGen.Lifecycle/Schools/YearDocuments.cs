using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Core.Templating;

namespace PlanGen.Lifecycle.Schools;

/// <summary>Renders one school's documents for one school year through the core's DocumentRenderer (validation findings do not stop it).</summary>
public static class YearDocuments
{
    /// <summary>The rendered documents, or null with the reasons in <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<RenderedDocument>? Render(string root, string school, string schoolYear, DiagnosticBag diagnostics)
    {
        var found = SchoolLookup.Find(root, school, diagnostics);
        if (found.Count != 1)
        {
            diagnostics.Error(SourceLocation.OfFile(school), Codes.MissingFile, $"geen school gevonden met de naam '{school}'", "geef de mapnaam van de school, bijvoorbeeld bestuur/school");
            return null;
        }
        var checkedSchool = found[0];
        // An older version may break rules added since; it can still be compared as long as it loaded.
        if (checkedSchool.Project is null)
        {
            diagnostics.AddRange(checkedSchool.Diagnostics.Items);
            return null;
        }
        var plan = checkedSchool.Project!.Years.FirstOrDefault(y => y.Schooljaar == schoolYear);
        if (plan is null)
        {
            diagnostics.Error(SourceLocation.OfFile(school), Codes.MissingFile, $"de school heeft geen jaarplan {schoolYear}", $"maak jaarplannen/{schoolYear}.yaml, bijvoorbeeld met plangen nieuw-schooljaar");
            return null;
        }
        var renderer = new DocumentRenderer(Path.GetFullPath(root), new TemplateRenderer());
        return renderer.Render(checkedSchool.Project, plan, diagnostics);
    }
}
