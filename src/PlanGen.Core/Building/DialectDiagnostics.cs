using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Document;

namespace PlanGen.Core.Building;

/// <summary>
/// Reports what the dialect pass found where the user can fix it: the line of the template or
/// the school's YAML that wrote it (found by its text), else the document's Markdown line.
/// </summary>
internal static class DialectDiagnostics
{
    /// <summary>Adds the document's diagnostics to <paramref name="bag"/>; true when one is an error.</summary>
    public static bool Report(RenderedDocument document, SchoolProject school, IEnumerable<string> templates, string root, DiagnosticBag bag)
    {
        var failed = false;
        foreach (var found in document.Diagnostics)
        {
            var at = Locate(found, school, templates, root)
                ?? new SourceLocation($"{PathDisplay.Relative(root, school.SchoolDirectory)} ({document.Info.FileName}.md)", found.Line + 1, found.Column + 1);
            if (found.IsError)
            {
                bag.Error(at, found.Code, found.Message, found.Hint);
                failed = true;
            }
            else
            {
                bag.Warning(at, found.Code, found.Message, found.Hint);
            }
        }

        return failed;
    }

    private static SourceLocation? Locate(DocumentDiagnostic found, SchoolProject school, IEnumerable<string> templates, string root)
    {
        if (found.SourceLine.Length == 0)
        {
            return null;
        }

        // The school's own text first (a free text in its YAML), then the templates that rendered the document.
        foreach (var file in school.InputFiles.Concat(templates.Order(StringComparer.Ordinal)))
        {
            if (!File.Exists(file))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var column = lines[i].IndexOf(found.SourceLine, StringComparison.Ordinal);
                if (column >= 0)
                {
                    return new SourceLocation(PathDisplay.Relative(root, file), i + 1, column + 1);
                }
            }
        }

        return null;
    }
}
