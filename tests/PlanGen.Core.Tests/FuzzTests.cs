using CsCheck;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Core.Tests;

/// <summary>
/// Mutation fuzzing: an example school's YAML, randomly cut, duplicated and sprinkled with YAML's
/// special characters, goes through loading, validation and rendering. Nothing may throw, and every
/// diagnostic must point inside the file. Bounded in iterations so CI time stays small.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Specials = [":", "- ", "[", "]", "{", "}", "\t", "&a ", "*a", "\"", "'", "#", "|", ">", "!!", "%", "@", "`", "\n", "  ", "---\n", "ja", "2025-13-45", "\u202E", "\0", "<script>"];

    private static Gen<string> Mutated(string source) =>
        Gen.Int[1, 6].SelectMany(count => Gen.Int[0, 4].Select(Gen.Int[0, source.Length], Gen.Int[0, 40], Gen.Int[0, Specials.Length - 1], (op, at, length, special) => (op, at, length, special)).Array[count])
            .Select(edits =>
            {
                var text = source;
                foreach (var (op, at, length, special) in edits)
                {
                    var i = Math.Min(at, text.Length);
                    var n = Math.Min(length, text.Length - i);
                    text = op switch
                    {
                        0 => text.Remove(i, n),
                        1 => text.Insert(i, Specials[special]),
                        2 => text.Insert(i, text.Substring(i, n)),
                        3 => text.Remove(i, n).Insert(i, new string(text.Substring(i, n).Reverse().ToArray())),
                        _ => text.Insert(i, "\n" + new string(' ', length % 7) + Specials[special]),
                    };
                }
                return text;
            });

    [Fact]
    public void Mutated_school_files_never_crash_the_loader_validator_or_renderer()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("templates");
        MinimalSchool.WriteTo(repo);
        var source = File.ReadAllText(Path.Combine(TestRepository.SourceRoot, "schools/stichting-rivierenland/obs-de-linde/school.yaml"));
        var path = Path.Combine(repo.Root, MinimalSchool.SchoolFile);
        var lineCount = source.Split('\n').Length;

        Mutated(source).Sample(text =>
        {
            File.WriteAllText(path, text);
            var general = new DiagnosticBag();
            var results = new BuildService().Build(new BuildOptions { Root = repo.Root, Writers = [new MarkdownWriter()], OutputDirectory = "out" }, general);
            var diagnostics = results.SelectMany(r => r.Diagnostics).Concat(general.Items).ToList();
            return diagnostics.All(d => d.Location.Line >= 1 && d.Location.Column >= 1 && d.Location.Line <= text.Split('\n').Length + lineCount);
        }, iter: 400, threads: 1);
    }
}
