using System.CommandLine;
using System.Runtime.InteropServices;
using PlanGen.Cli.Preview;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Templating;

namespace PlanGen.Cli.Commands;

/// <summary>
/// plangen bekijk [school]: a live preview on 127.0.0.1. Watches the school's, the board's and the
/// template files, rebuilds on save and the page reloads itself; problems show above the last good render.
/// </summary>
public static class BekijkCommand
{
    public static Command Create(string root)
    {
        var school = new Argument<string?>("school") { Description = "Mapnaam van de school (of bestuur/school); mag weg als er maar één school is", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("bekijk", "Bekijk de documenten van een school in de browser terwijl je de YAML bewerkt; bij elke keer opslaan wordt het bijgewerkt") { school };
        command.SetAction(result =>
        {
            var general = new DiagnosticBag();
            var schools = SchoolDiscovery.Find(root, ["schools"], general);
            var name = result.GetValue(school);
            var chosen = schools.Where(d => name is null || SchoolDiscovery.MatchesName(d, name)).ToList();
            if (chosen.Count != 1)
            {
                var list = string.Join(", ", schools.Select(d => Path.GetFileName(d)));
                Console.Error.WriteLine(name is null
                    ? $"plangen: kies een school: plangen bekijk <school> (een van: {list})"
                    : $"plangen: geen school gevonden met de naam '{name}' (wel: {list})");
                return name is null ? ExitCodes.Usage : ExitCodes.InvalidInput;
            }
            return Run(root, chosen[0]);
        });
        return command;
    }

    private static int Run(string root, string schoolDirectory)
    {
        var id = PathDisplay.Relative(Path.Combine(root, "schools"), schoolDirectory);
        var work = Path.Combine(Path.GetTempPath(), "plangen-bekijk-" + Guid.NewGuid().ToString("N"));
        using var stop = new CancellationTokenSource();
        // Ctrl+C (SIGINT) or a TERM from a script: stop serving, clean up, exit 0.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
        var builder = new PreviewBuilder(root, id, work);
        builder.Build();
        using var server = new PreviewServer(builder, root, id);
        server.Start();
        using var watch = new RebuildOnSave(builder, WatchedFolders(root, schoolDirectory));
        Console.Out.WriteLine($"Voorbeeld van {id}: {server.Address}");
        Console.Out.WriteLine("Open dit adres in de browser; het werkt zichzelf bij als je opslaat. Stoppen: Ctrl+C.");
        Console.Out.Flush();
        server.Serve(stop.Token).GetAwaiter().GetResult();
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        Console.Out.WriteLine("Voorbeeld gestopt.");
        return ExitCodes.Ok;
    }

    /// <summary>(folder, recursive): the school with its year plans and templates, the board's own files, the built-in templates.</summary>
    private static IReadOnlyList<(string Folder, bool Recursive)> WatchedFolders(string root, string schoolDirectory)
    {
        var folders = new List<(string, bool)> { (schoolDirectory, true), (Path.GetDirectoryName(schoolDirectory)!, false) };
        var boardTemplates = Path.Combine(Path.GetDirectoryName(schoolDirectory)!, TemplateRoots.FolderName);
        if (Directory.Exists(boardTemplates))
        {
            folders.Add((boardTemplates, true));
        }
        var builtIn = TemplateRoots.BuiltIn(root);
        if (Directory.Exists(builtIn))
        {
            folders.Add((builtIn, true));
        }
        return folders;
    }
}
