using System.Text;
using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>
/// Broken and hostile input through the real CLI: each case gives a clear Dutch error naming the file,
/// exit code 1, no stack trace, no hang and no output file. Limits: docs/yaml-format.md.
/// </summary>
public class HostileInputTests
{
    private const string File = "schools/stichting-rivierenland/obs-t-kompas/school.yaml";

    public static TheoryData<string> Cases => new()
    {
        "empty file", "tabs", "invalid utf-8", "duplicate keys", "billion laughs", "nesting 10000 deep",
        "50 MB file", "binary data", "directory instead of file", "dangling link", "unclosed quote", "yaml document stream",
    };

    private static void Break(string name, string path)
    {
        var original = System.IO.File.ReadAllText(path);
        switch (name)
        {
            case "empty file": System.IO.File.WriteAllText(path, ""); break;
            case "tabs": System.IO.File.WriteAllText(path, original.Replace("\n  naam:", "\n\tnaam:")); break;
            case "invalid utf-8": System.IO.File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(original), 0xC3, 0x28]); break;
            case "duplicate keys": System.IO.File.WriteAllText(path, original + "\nschool:\n  naam: Twee\n"); break;
            case "billion laughs":
                var bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
                for (var i = 0; i < 9; i++)
                {
                    var (me, prev) = ((char)('b' + i), (char)('a' + i));
                    bomb.Append($"{me}: &{me} [{string.Join(", ", Enumerable.Repeat("*" + prev, 10))}]\n");
                }
                System.IO.File.WriteAllText(path, bomb.ToString());
                break;
            case "nesting 10000 deep": System.IO.File.WriteAllText(path, "school: " + new string('[', 10_000) + new string(']', 10_000)); break;
            case "50 MB file":
                using (var stream = System.IO.File.Create(path))
                {
                    var line = Encoding.UTF8.GetBytes("# " + new string('x', 1022) + "\n");
                    for (var i = 0; i < 50 * 1024; i++)
                    {
                        stream.Write(line);
                    }
                }
                break;
            case "binary data": System.IO.File.WriteAllBytes(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256))]); break;
            case "directory instead of file": System.IO.File.Delete(path); Directory.CreateDirectory(path); break;
            case "dangling link": System.IO.File.Delete(path); System.IO.File.CreateSymbolicLink(path, path + ".weg"); break;
            case "unclosed quote": System.IO.File.WriteAllText(path, original.Replace("naam: OBS 't Kompas", "naam: \"OBS 't Kompas")); break;
            case "yaml document stream": System.IO.File.WriteAllText(path, original + "\n---\nschool:\n  naam: X\n"); break;
            default: throw new ArgumentException(name);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_gives_a_clear_error_naming_the_file(string name)
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("schools");
        repo.CopyFromSource("templates");
        Break(name, Path.Combine(repo.Root, File));

        // A hang fails through Plangen.Run's own time-out; speed is the benchmark's job, not a test's.
        var build = Plangen.Run(repo.Root, "build", "--school", "obs-t-kompas", "--format", "md");

        Assert.Equal(1, build.ExitCode);
        var report = build.Out + build.Error;
        Assert.Contains("schools/stichting-rivierenland/obs-t-kompas", report);
        Assert.Matches(@"PG0\d{3}: ", report);
        Assert.DoesNotContain("   at ", report);
        Assert.DoesNotContain("Exception", report);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "output", "stichting-rivierenland", "obs-t-kompas")), "a broken school must write nothing");
    }

    [Theory]
    [InlineData("bom and crlf")]
    public void Bom_and_crlf_are_accepted(string name)
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("schools");
        repo.CopyFromSource("templates");
        var path = Path.Combine(repo.Root, File);
        System.IO.File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(System.IO.File.ReadAllText(path).Replace("\n", "\r\n"))]);
        var build = Plangen.Run(repo.Root, "build", "--school", "obs-t-kompas", "--format", "md");
        Assert.True(build.ExitCode == 0, name + ": " + build.Error);
    }
}
