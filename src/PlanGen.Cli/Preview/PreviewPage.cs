using System.Net;
using System.Text;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli.Preview;

/// <summary>The preview page: problems (file:line, the source line, the fix) above the last good render, with download links.</summary>
public static class PreviewPage
{
    public static string Render(PreviewBuilder builder, string root, string school, string? selected)
    {
        var documents = Documents(builder.HtmlDirectory);
        var current = documents.FirstOrDefault(d => d == selected) ?? documents.FirstOrDefault(d => d.EndsWith("/sociaal-veiligheidsplan.html", StringComparison.Ordinal)) ?? documents.FirstOrDefault();
        var sb = new StringBuilder();
        sb.Append($"""
            <!doctype html>
            <html lang="nl"><head><meta charset="utf-8"><title>Voorbeeld: {E(school)}</title>
            {Style}</head>
            <body data-version="{builder.Version}">
            <header><h1>Voorbeeld van {E(school)}</h1><p>Werkt zichzelf bij zodra je school.yaml, bestuur.yaml of een sjabloon opslaat. Stoppen: Ctrl+C in het terminalvenster.</p></header>

            """);
        if (builder.Problems.Count > 0)
        {
            var errors = builder.Problems.Count(p => p.Severity == Severity.Error);
            sb.Append("<section id=\"problemen\" role=\"alert\"><h2>").Append(errors > 0 ? $"{errors} {(errors == 1 ? "fout" : "fouten")}: het document hieronder is de laatste goede versie" : "Waarschuwingen").Append("</h2><ul>");
            foreach (var problem in builder.Problems)
            {
                var kind = problem.Severity == Severity.Error ? "fout" : "waarschuwing";
                sb.Append($"<li class=\"{kind}\"><code>{E(problem.Location.ToString())}</code> {kind} {E(problem.Code)}: {E(problem.Message)}");
                if (SourceLine(root, problem.Location) is { } line)
                {
                    sb.Append($"<pre>{E(line)}\n{new string(' ', Math.Max(0, problem.Location.Column - 1))}^</pre>");
                }
                if (problem.Hint is { } hint)
                {
                    sb.Append($"<p>Oplossing: {E(hint)}</p>");
                }
                sb.Append("</li>");
            }
            sb.Append("</ul></section>\n");
        }
        sb.Append("<nav>");
        foreach (var document in documents)
        {
            var name = Path.GetFileNameWithoutExtension(document);
            sb.Append($"<a href=\"/?doc={Uri.EscapeDataString(document)}\"{(document == current ? " class=\"actief\"" : "")}>{E(name)}</a>");
            foreach (var (extension, label) in new[] { (".pdf", "PDF"), (".docx", "Word") })
            {
                var download = Path.ChangeExtension(document, extension);
                if (File.Exists(Path.Combine(builder.DownloadDirectory, download)))
                {
                    sb.Append($"<a href=\"/download/{Href(download)}\">{label}</a>");
                }
            }
        }
        if (builder.DownloadsPending)
        {
            sb.Append("<span>PDF en Word worden bijgewerkt…</span>");
        }
        sb.Append("</nav>\n");
        sb.Append(current is null
            ? "<p>Er is nog geen document gemaakt; los eerst de fouten hierboven op.</p>"
            : $"<iframe id=\"document\" title=\"{E(Path.GetFileNameWithoutExtension(current))}\" src=\"/html/{Href(current)}\"></iframe>");
        // Server-sent events: the server says when there is a new version; no polling loop here.
        sb.Append("""

            <script>
            const version = document.body.dataset.version;
            new EventSource('/events').onmessage = e => { if (e.data !== version) location.reload(); };
            </script>
            </body></html>
            """);
        return sb.ToString();
    }

    private const string Style = """
        <style>
        body { font-family: system-ui, sans-serif; margin: 0; display: flex; flex-direction: column; height: 100vh; }
        header, nav, #problemen { padding: .5rem 1rem; }
        header { background: #1b3a5c; color: #fff; } header h1 { font-size: 1.1rem; margin: 0; } header p { margin: .2rem 0 0; font-size: .9rem; }
        #problemen { background: #fdecea; border-bottom: 2px solid #b3261e; max-height: 40vh; overflow: auto; }
        #problemen pre { background: #fff; padding: .3rem; margin: .2rem 0; } .fout { color: #b3261e; } .waarschuwing { color: #7a5900; }
        nav a { margin-right: .6rem; } nav .actief { font-weight: bold; }
        iframe { flex: 1; border: 0; border-top: 1px solid #ccc; width: 100%; }
        </style>
        """;

    /// <summary>HTML documents, relative to the folder, with '/'.</summary>
    public static IReadOnlyList<string> Documents(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];

    private static string? SourceLine(string root, SourceLocation location)
    {
        var path = Path.Combine(root, location.File);
        if (location.Line < 1 || !File.Exists(path))
        {
            return null;
        }
        var lines = File.ReadAllLines(path);
        return location.Line <= lines.Length ? lines[location.Line - 1].Replace("\t", "→") : null;
    }

    private static string Href(string relative) => string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
