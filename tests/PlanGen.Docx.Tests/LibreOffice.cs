using System.ComponentModel;
using System.Diagnostics;

namespace PlanGen.Docx.Tests;

/// <summary>
/// Renders DOCX files to PDF with LibreOffice (soffice --headless --convert-to pdf, its own profile
/// so parallel runs do not block each other) and reads the PDF's text per page with pdftotext.
/// Tests skip with a message when either tool is missing (.ci/run installs both).
/// </summary>
internal static class LibreOffice
{
    /// <summary>Converts every file in one soffice call; returns the PDF path for each input.</summary>
    /// <param name="environment">Extra environment variables for soffice, e.g. FONTCONFIG_FILE.</param>
    public static IReadOnlyList<string> ToPdf(IReadOnlyList<string> docxFiles, string outputDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        Directory.CreateDirectory(outputDirectory);
        var profile = Path.Combine(outputDirectory, "lo-profile");
        var arguments = new List<string>
        {
            $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", outputDirectory,
        };
        arguments.AddRange(docxFiles);
        var (exit, output) = Run("soffice", arguments, "LibreOffice (soffice) is not installed; install libreoffice-writer-nogui to compare the DOCX with LibreOffice's layout.", environment);
        var pdfs = docxFiles.Select(f => Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(f) + ".pdf")).ToList();
        var missing = pdfs.Where(p => !File.Exists(p)).ToList();
        Assert.True(exit == 0 && missing.Count == 0, $"soffice exit {exit}, missing {string.Join(", ", missing)}:\n{output}");
        return pdfs;
    }

    /// <summary>The text of each page (index 0 = page 1), as pdftotext reads it in reading order.</summary>
    public static IReadOnlyList<string> PageTexts(string pdf)
    {
        var (exit, text) = Run("pdftotext", [pdf, "-"], "pdftotext is not installed; install poppler-utils to read the rendered pages.");
        Assert.Equal(0, exit);
        var pages = text.Split('\f').ToList();
        if (pages.Count > 0 && pages[^1].Trim().Length == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    /// <summary>Every line of the PDF as pdftotext -layout sets it (table cells side by side, as on the page).</summary>
    public static IReadOnlyList<string> Lines(string pdf)
    {
        var (exit, text) = Run("pdftotext", ["-layout", pdf, "-"], "pdftotext is not installed; install poppler-utils to read the rendered pages.");
        Assert.Equal(0, exit);
        return text.Split('\n');
    }

    /// <summary>The base font names pdffonts lists (subset prefix "ABCDEF+" removed), e.g. "Carlito-Bold".</summary>
    public static IReadOnlyList<string> FontNames(string pdf)
    {
        var (exit, text) = Run("pdffonts", [pdf], "pdffonts is not installed; install poppler-utils to list the fonts of the rendering.");
        Assert.Equal(0, exit);
        return text.Split('\n').Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "")
            .Where(n => n.Length > 0).Select(n => n.Contains('+', StringComparison.Ordinal) ? n[(n.IndexOf('+', StringComparison.Ordinal) + 1)..] : n)
            .ToList();
    }

    private static (int Exit, string Output) Run(string tool, IEnumerable<string> arguments, string skipMessage, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            process = null;
        }

        Skip.If(process is null, skipMessage);
        using (process)
        {
            var error = process!.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
    }
}
