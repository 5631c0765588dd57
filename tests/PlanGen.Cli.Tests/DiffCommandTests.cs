using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary><c>plangen diff</c> as a director runs it: the summary on screen, and the Word file with tracked changes the same bytes every run.</summary>
public class DiffCommandTests
{
    [Fact]
    public void Diff_between_two_school_years_writes_the_same_docx_twice()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("schools");
        repo.CopyFromSource("templates");

        var first = Plangen.Run(repo.Root, "diff", "obs-de-linde", "2025-2026", "2026-2027", "--docx", "een.docx");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("# Wijzigingen obs-de-linde: 2025-2026 → 2026-2027", first.Out);
        Assert.Contains("geschreven: een.docx (Word, met bijgehouden wijzigingen)", first.Out);
        var second = Plangen.Run(repo.Root, "diff", "obs-de-linde", "2025-2026", "2026-2027", "--docx", "twee.docx");
        Assert.Equal(0, second.ExitCode);

        var bytes = File.ReadAllBytes(Path.Combine(repo.Root, "een.docx"));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(repo.Root, "twee.docx")));
        Assert.True(bytes.Length > 1000);
    }
}
