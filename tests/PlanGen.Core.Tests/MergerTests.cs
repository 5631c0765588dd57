using CsCheck;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Tests;

public class MergerTests
{
    private static YNode Parse(string yaml) => YamlReader.ReadText(yaml, "t.yaml", new DiagnosticBag())!;

    [Fact]
    public void School_values_win_and_board_values_fill_the_gaps()
    {
        var merged = (YMapping)DefaultsMerger.Merge(Parse("a: 1\nb: {x: 1, y: 2}\nc: [1, 2]"), Parse("b: {y: 3}\nc: [9]"))!;
        Assert.Equal("1", ((YScalar)merged.Get("a")!).Value);
        var b = (YMapping)merged.Get("b")!;
        Assert.Equal(("1", "3"), (((YScalar)b.Get("x")!).Value, ((YScalar)b.Get("y")!).Value));
        Assert.Equal(["9"], ((YSequence)merged.Get("c")!).Items.Select(i => ((YScalar)i).Value));
    }

    [Fact]
    public void Marker_splices_the_board_list_in_place()
    {
        var merged = (YMapping)DefaultsMerger.Merge(Parse("c: [b1, b2]"), Parse("c: [s1, (van het bestuur), s2]"))!;
        Assert.Equal(["s1", "b1", "b2", "s2"], ((YSequence)merged.Get("c")!).Items.Select(i => ((YScalar)i).Value));
    }

    [Fact]
    public void Merged_values_keep_their_own_file_locations()
    {
        var board = YamlReader.ReadText("a: 1\n", "bestuur.yaml", new DiagnosticBag());
        var school = YamlReader.ReadText("b: 2\n", "school.yaml", new DiagnosticBag());
        var merged = (YMapping)DefaultsMerger.Merge(board, school)!;
        Assert.Equal("bestuur.yaml", merged.Get("a")!.Location.File);
        Assert.Equal("school.yaml", merged.Get("b")!.Location.File);
    }

    private static readonly SourceLocation Here = new("t.yaml", 1, 1);

    /// <summary>Random trees of mappings, lists and scalars, a few levels deep, with a small key alphabet so keys collide.</summary>
    private static Gen<YNode> Tree(int depth) => depth == 0
        ? Gen.String[Gen.Char['a', 'e'], 1, 3].Select(v => (YNode)new YScalar(Here, v, plain: true))
        : Gen.Frequency(
            (3, Gen.String[Gen.Char['a', 'e'], 1, 3].Select(v => (YNode)new YScalar(Here, v, plain: true))),
            (2, Gen.Select(Gen.Int[0, 3].SelectMany(n => Gen.String[Gen.Char['k', 'n'], 1, 1].Array[n]), Tree(depth - 1).Array[4])
                .Select((keys, values) => (YNode)new YMapping(Here, keys.Distinct().Select((k, i) => new KeyValuePair<YScalar, YNode>(new YScalar(Here, k, true), values[i])).ToList()))),
            (1, Tree(depth - 1).Array[0, 3].Select(items => (YNode)new YSequence(Here, items))));

    /// <summary>Every scalar the school wrote, with its path (list items by index).</summary>
    private static IEnumerable<string> Leaves(YNode node, string path) => node switch
    {
        YScalar s => [$"{path}={s.Value}"],
        YMapping m => m.Entries.SelectMany(e => Leaves(e.Value, $"{path}/{e.Key.Value}")),
        YSequence q => q.Items.SelectMany((item, i) => Leaves(item, $"{path}[{i}]")),
        _ => [],
    };

    [Fact]
    public void Merging_board_defaults_never_drops_a_school_value()
    {
        Gen.Select(Tree(3), Tree(3)).Sample((board, school) =>
        {
            var merged = DefaultsMerger.Merge(board, school)!;
            var mergedLeaves = Leaves(merged, "").ToHashSet();
            return Leaves(school, "").All(mergedLeaves.Contains);
        }, iter: 2000);
    }
}
