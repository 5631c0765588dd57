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
    public static IReadOnlyList<string> ToPdf(IReadOnlyList<string> docxFiles, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var profile = Path.Combine(outputDirectory, "lo-profile");
        var arguments = new List<string>
        {
            $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", outputDirectory,
        };
        arguments.AddRange(docxFiles);
        var (exit, output) = Run("soffice", arguments, "LibreOffice (soffice) is not installed; install libreoffice-writer-nogui to compare the DOCX with LibreOffice's layout.");
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

    private static (int Exit, string Output) Run(string tool, IEnumerable<string> arguments, string skipMessage)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
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
