using System.Diagnostics;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Core.Templating;
using PlanGen.Core.Validation;

namespace PlanGen.Build.Bench;

/// <summary>
/// "phases" mode: one thread, every school of a folder through each step of the build, timed per step,
/// so the slow step shows without a profiler.
/// </summary>
public static class Phases
{
    public static void Run(string root, IReadOnlyList<IDocumentWriter> writers)
    {
        var directories = SchoolDiscovery.Find(root, ["schools"], new DiagnosticBag());
        var loader = new SchoolLoader(root);
        var renderer = new DocumentRenderer(root, new TemplateRenderer());
        var times = new Dictionary<string, Stopwatch> { ["load"] = new(), ["validate"] = new(), ["render"] = new() };
        foreach (var writer in writers)
        {
            times[writer.Format] = new Stopwatch();
        }
        var documents = 0;
        foreach (var directory in directories)
        {
            var diagnostics = new DiagnosticBag();
            times["load"].Start();
            var project = loader.Load(directory, diagnostics)!;
            times["load"].Stop();
            times["validate"].Start();
            Validator.Validate(project, diagnostics);
            times["validate"].Stop();
            foreach (var plan in project.Years)
            {
                times["render"].Start();
                var rendered = renderer.Render(project, plan, diagnostics)!;
                times["render"].Stop();
                foreach (var document in rendered)
                {
                    documents++;
                    foreach (var writer in writers)
                    {
                        times[writer.Format].Start();
                        writer.Write(document, Stream.Null);
                        times[writer.Format].Stop();
                    }
                }
            }
        }
        Console.WriteLine($"{directories.Count} schools, {documents} documents, one thread");
        foreach (var (phase, watch) in times)
        {
            Console.WriteLine($"{phase,-9} {watch.Elapsed.TotalSeconds,7:F2} s  {watch.Elapsed.TotalMilliseconds / directories.Count,8:F2} ms/school");
        }
    }
}
