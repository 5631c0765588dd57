using System.Diagnostics;
using PlanGen.Document;

namespace PlanGen.Html.Print;

/// <summary>
/// The accessible PDF engine (`--pdf-engine chromium`): prints the HTML edition of a document with
/// headless Chromium, which writes a tagged PDF with an outline and the document language. Slower
/// than the in-process engine and not byte-for-byte reproducible (Chromium stamps its own dates).
/// </summary>
public sealed class ChromiumPdfWriter(string executable) : IDocumentWriter
{
    /// <summary>Without these flags Chromium keeps trying to reach the network on these machines.</summary>
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-pdf-header-footer",
        "--generate-pdf-document-outline",
    ];

    private readonly HtmlWriter html = new();

    public string Format => "pdf";

    public string Extension => "pdf";

    public void Write(RenderedDocument document, Stream output)
    {
        var folder = Directory.CreateTempSubdirectory("plangen-chromium-");
        try
        {
            var page = Path.Combine(folder.FullName, "document.html");
            var pdf = Path.Combine(folder.FullName, "document.pdf");
            using (var file = File.Create(page))
            {
                html.Write(document, file);
            }
            Print(page, pdf, Path.Combine(folder.FullName, "profiel"));
            using var result = File.OpenRead(pdf);
            result.CopyTo(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private void Print(string page, string pdf, string profile)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var flag in Flags)
        {
            start.ArgumentList.Add(flag);
        }
        start.ArgumentList.Add($"--user-data-dir={profile}");
        start.ArgumentList.Add($"--print-to-pdf={pdf}");
        start.ArgumentList.Add(new Uri(page).AbsoluteUri);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Chromium ({executable}) kon niet starten.");
        // Drain both streams so Chromium never blocks on a full pipe.
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("Chromium reageerde na twee minuten nog niet bij het maken van de PDF.");
        }
        if (process.ExitCode != 0 || !File.Exists(pdf))
        {
            var last = errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            throw new InvalidOperationException($"Chromium maakte geen PDF (afsluitcode {process.ExitCode}). {last}");
        }
    }

    /// <summary>The Chromium to use: PLANGEN_CHROMIUM, else chromium / chromium-browser / google-chrome on the PATH; null when none.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("PLANGEN_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { "chromium", "chromium-browser", "google-chrome" }.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }
}
