using System.Diagnostics;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>Runs poppler-utils and qpdf on a PDF; tests skip with a clear message when a tool is absent.</summary>
internal static class Tools
{
    public static bool Has(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));

    public static void Require(string tool, string package) =>
        Skip.IfNot(Has(tool), $"{tool} is not installed; install the Debian package {package} to run this test.");

    /// <summary>Writes the PDF to a temp file, runs the tool on it and returns stdout and the exit code.</summary>
    public static (string Output, int ExitCode) Run(string tool, byte[] pdf, params string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plangen-pdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            info.ArgumentList.Add(path);
            if (tool == "pdftotext")
            {
                info.ArgumentList.Add("-");
            }

            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            output += process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (output, process.ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
