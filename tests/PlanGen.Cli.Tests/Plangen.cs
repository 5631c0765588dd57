using System.Diagnostics;
using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>Runs the built plangen.dll in a working folder, like a director or a CI job would.</summary>
public static class Plangen
{
    public sealed record Result(int ExitCode, string Out, string Error);

    private static readonly string Dll = FindDll();

    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string>(), args);

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["CI"] = "true";
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"plangen {string.Join(' ', args)} did not finish");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    private static string FindDll()
    {
        // Same configuration as this test assembly (Debug or Release).
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var path = Path.Combine(TestRepository.SourceRoot, "src", "PlanGen.Cli", "bin", configuration, "net10.0", "plangen.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build src/PlanGen.Cli first", path);
    }
}
