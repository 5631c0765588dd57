using PlanGen.Core.Building.Incremental;
using PlanGen.Document;

namespace PlanGen.Build.Tests;

/// <summary>The manifest decides: unchanged schools are skipped, changes rebuild exactly the schools they touch.</summary>
public class IncrementalBuildTests
{
    [Fact]
    public void An_unchanged_rebuild_renders_nothing_and_writes_no_file()
    {
        using var repo = new SyntheticRepository(schools: 6, boards: 2);
        var first = repo.Build();
        Assert.All(first, r => Assert.False(r.Unchanged));
        Assert.True(repo.Markdown.Count > 0);
        var times = SyntheticRepository.Times(repo.Path("output"));
        Assert.Equal(6, times.Keys.Count(k => k.EndsWith(SchoolManifest.FileName, StringComparison.Ordinal)));
        Thread.Sleep(20);

        repo.Markdown.Reset();
        var second = repo.Build();
        Assert.All(second, r => Assert.True(r.Unchanged, r.School));
        Assert.All(second, r => Assert.Empty(r.Changed));
        Assert.Equal(0, repo.Markdown.Count);
        Assert.Equal(times, SyntheticRepository.Times(repo.Path("output")));
        // The warnings of the last build are still reported for a skipped school.
        Assert.Equal(first.Select(r => r.Diagnostics.Count), second.Select(r => r.Diagnostics.Count));
    }

    [Fact]
    public void Force_rebuilds_every_school_without_rewriting_equal_files()
    {
        using var repo = new SyntheticRepository(schools: 4, boards: 2);
        repo.Build();
        var times = SyntheticRepository.Times(repo.Path("output"));
        repo.Markdown.Reset();
        var forced = repo.Build(force: true);
        Assert.All(forced, r => Assert.False(r.Unchanged));
        Assert.True(repo.Markdown.Count >= 8);
        Assert.Equal(times, SyntheticRepository.Times(repo.Path("output")));
    }

    [Fact]
    public void An_output_edited_or_removed_after_the_build_is_written_again()
    {
        using var repo = new SyntheticRepository(schools: 3, boards: 1);
        repo.Build();
        var built = SyntheticRepository.Files(repo.Path("output"));
        var edited = built.Keys.First(k => k.EndsWith(".md", StringComparison.Ordinal));
        static string SchoolOf(string path) => string.Join('/', path.Split('/').Take(2));
        var removed = built.Keys.Last(k => k.EndsWith(".md", StringComparison.Ordinal) && SchoolOf(k) != SchoolOf(edited));
        // Same length, other bytes: only the hash can tell (the outputs are not hashed when older than the manifest).
        var bytes = built[edited].ToArray();
        bytes[^2] = (byte)(bytes[^2] == (byte)'x' ? 'y' : 'x');
        File.WriteAllBytes(repo.Path("output", edited), bytes);
        File.Delete(repo.Path("output", removed));

        var results = repo.Build();
        Assert.Equal(2, results.Count(r => !r.Unchanged));
        Assert.Equal(built, SyntheticRepository.Files(repo.Path("output")));
        Assert.All(repo.Build(), r => Assert.True(r.Unchanged, r.School));
    }

    [Fact]
    public void A_changed_school_file_rebuilds_only_that_school()
    {
        using var repo = new SyntheticRepository(schools: 6, boards: 2);
        repo.Build();
        var school = repo.Schools[3];
        File.AppendAllText(repo.Path("schools", school, "school.yaml"), "\n# een opmerking\n");
        var results = repo.Build();
        Assert.Equal([school], results.Where(r => !r.Unchanged).Select(r => r.School));
    }

    [Fact]
    public void A_rebuild_writes_only_the_documents_whose_rendering_changed()
    {
        using var repo = new SyntheticRepository(schools: 3, boards: 1);
        var html = new CountingWriter(new PlanGen.Html.HtmlWriter());
        IReadOnlyList<IDocumentWriter> writers = [repo.Markdown, html];
        repo.Build(writers: writers);
        var school = repo.Schools[1];
        var yaml = repo.Path("schools", school, "school.yaml");
        var text = File.ReadAllText(yaml);
        Assert.Matches("(?m)^  kernwaarde: ", text);
        // The kernwaarde is in the plan, not on the card: only the plans are written again, in both formats.
        File.WriteAllText(yaml, System.Text.RegularExpressions.Regex.Replace(text, "(?m)^  kernwaarde: .*$", "  kernwaarde: Gewijzigd voor de test"));
        var years = Directory.GetDirectories(repo.Path("output", school)).Length;
        var cards = Directory.GetFiles(repo.Path("output", school), "kwaliteitskaart.*", SearchOption.AllDirectories)
            .ToDictionary(f => f, File.ReadAllBytes);
        repo.Markdown.Reset();
        html.Reset();
        var results = repo.Build(writers: writers);

        Assert.Equal([school], results.Where(r => !r.Unchanged).Select(r => r.School));
        Assert.Equal(years, repo.Markdown.Documents);
        Assert.Equal(years, html.Documents);
        Assert.All(cards, c => Assert.Equal(c.Value, File.ReadAllBytes(c.Key)));
        var rebuilt = results.Single(r => r.School == school);
        Assert.Equal(4 * years, rebuilt.Written.Count);
        Assert.Equal(2 * years, rebuilt.Changed.Count);
        Assert.All(rebuilt.Changed, f => Assert.Contains("sociaal-veiligheidsplan", f));
        Assert.All(Directory.GetFiles(repo.Path("output", school), "sociaal-veiligheidsplan.*", SearchOption.AllDirectories),
            f => Assert.Contains("Gewijzigd voor de test", File.ReadAllText(f)));

        // The result is what a build from nothing gives, manifest included.
        var incremental = SyntheticRepository.Files(repo.Path("output"));
        Directory.Delete(repo.Path("output"), recursive: true);
        repo.Build(writers: writers);
        Assert.Equal(incremental, SyntheticRepository.Files(repo.Path("output")));
    }

    [Fact]
    public void A_forced_build_or_a_card_edited_by_hand_writes_the_card_again()
    {
        using var repo = new SyntheticRepository(schools: 2, boards: 1);
        repo.Build();
        var school = repo.Schools[0];
        var yaml = repo.Path("schools", school, "school.yaml");
        File.WriteAllText(yaml, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(yaml), "(?m)^  kernwaarde: .*$", "  kernwaarde: Anders"));
        var card = Directory.GetFiles(repo.Path("output", school), "kwaliteitskaart.md", SearchOption.AllDirectories).First();
        var original = File.ReadAllBytes(card);
        var edited = original.ToArray();
        edited[^2] = (byte)(edited[^2] == (byte)'x' ? 'y' : 'x');
        File.WriteAllBytes(card, edited);
        repo.Build();
        Assert.Equal(original, File.ReadAllBytes(card));

        repo.Markdown.Reset();
        repo.Build(force: true);
        Assert.Equal(Directory.GetFiles(repo.Path("output"), "*.md", SearchOption.AllDirectories).Length, repo.Markdown.Documents);
    }

    [Fact]
    public void A_board_template_override_rebuilds_only_that_boards_schools_and_a_built_in_change_the_others()
    {
        using var repo = new SyntheticRepository(schools: 8, boards: 2);
        repo.Build();
        var board = repo.Schools[0].Split('/')[0];
        var ofBoard = repo.Schools.Where(s => s.StartsWith(board + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var card = "kwaliteitskaart/kaart.scriban";
        var builtIn = repo.Path("templates", card);
        var overridden = repo.Path("schools", board, "templates", card);
        Directory.CreateDirectory(Path.GetDirectoryName(overridden)!);
        File.WriteAllText(overridden, File.ReadAllText(builtIn) + "\nKaart van het bestuur.\n");

        var afterOverride = repo.Build();
        Assert.Equal(ofBoard, afterOverride.Where(r => !r.Unchanged).Select(r => r.School).Order(StringComparer.Ordinal));
        var kaart = repo.Path("output", ofBoard[0], "2025-2026", "kwaliteitskaart.md");
        Assert.Contains("Kaart van het bestuur.", File.ReadAllText(kaart));

        // The built-in card is no longer used by that board: changing it rebuilds every other school.
        File.AppendAllText(builtIn, "\n");
        var afterBuiltIn = repo.Build();
        Assert.Equal(repo.Schools.Except(ofBoard).Order(StringComparer.Ordinal), afterBuiltIn.Where(r => !r.Unchanged).Select(r => r.School).Order(StringComparer.Ordinal));

        // A built-in template every school uses rebuilds all.
        File.AppendAllText(repo.Path("templates", "sociaal-veiligheidsplan", "plan.scriban"), "\n");
        Assert.All(repo.Build(), r => Assert.False(r.Unchanged));

        // Removing the override goes back to the built-in card: that board's schools again.
        File.Delete(overridden);
        Assert.Equal(ofBoard, repo.Build().Where(r => !r.Unchanged).Select(r => r.School).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("Kaart van het bestuur.", File.ReadAllText(kaart));
    }

    [Fact]
    public void A_changed_logo_or_format_choice_rebuilds()
    {
        using var repo = new SyntheticRepository(schools: 4, boards: 2);
        repo.Build(writers: SyntheticRepository.AllFormats.Take(2).ToList());
        var board = repo.Schools[1].Split('/')[0];
        var logo = repo.Path("schools", board, "logo.png");
        File.WriteAllBytes(logo, [.. File.ReadAllBytes(logo), 0]);
        var results = repo.Build(writers: SyntheticRepository.AllFormats.Take(2).ToList());
        Assert.Equal(repo.Schools.Where(s => s.StartsWith(board + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal), results.Where(r => !r.Unchanged).Select(r => r.School).Order(StringComparer.Ordinal));
        Assert.All(repo.Build(writers: SyntheticRepository.AllFormats.Take(1).ToList()), r => Assert.False(r.Unchanged));
    }

    [Fact]
    public void The_manifest_is_the_same_bytes_in_another_checkout()
    {
        using var one = new SyntheticRepository(schools: 3, boards: 1);
        using var two = new SyntheticRepository(schools: 3, boards: 1);
        one.Build();
        two.Build(output: "elders/uitvoer");
        var manifest = Path.Combine(one.Schools[0], SchoolManifest.FileName);
        Assert.Equal(File.ReadAllBytes(one.Path("output", manifest)), File.ReadAllBytes(two.Path("elders", "uitvoer", manifest)));
        Assert.DoesNotContain(one.Root, File.ReadAllText(one.Path("output", manifest)));
    }
}
