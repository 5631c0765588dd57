namespace PlanGen.Core.Yaml;

/// <summary>
/// Merges a board's defaults into a school's tree: blocks merge field by field, the school's own values
/// always win, and a school list replaces the board's list unless it holds the line
/// <c>- (van het bestuur)</c>, which stands for the board's items at that place.
/// </summary>
internal static class DefaultsMerger
{
    public const string BoardItemsMarker = "(van het bestuur)";

    public static YNode? Merge(YNode? board, YNode? school) => (board, school) switch
    {
        (null, _) => school is null ? null : WithoutMarkers(school),
        (_, null) => board,
        (_, YScalar { IsNull: true }) => board,
        (YMapping b, YMapping s) => MergeMappings(b, s),
        (_, YSequence s) => MergeSequence(board, s),
        _ => school,
    };

    private static YMapping MergeMappings(YMapping board, YMapping school)
    {
        var entries = new List<KeyValuePair<YScalar, YNode>>();
        foreach (var (key, value) in school.Entries)
        {
            entries.Add(new(key, Merge(board.Get(key.Value), value)!));
        }
        foreach (var entry in board.Entries)
        {
            if (school.Get(entry.Key.Value) is null)
            {
                entries.Add(entry);
            }
        }
        return new YMapping(school.Location, entries);
    }

    private static YSequence MergeSequence(YNode? board, YSequence school)
    {
        var items = new List<YNode>();
        foreach (var item in school.Items)
        {
            if (IsMarker(item))
            {
                if (board is YSequence boardList)
                {
                    items.AddRange(boardList.Items);
                }
                continue;
            }
            items.Add(WithoutMarkers(item));
        }
        return new YSequence(school.Location, items);
    }

    /// <summary>Markers without a board list to stand for are simply dropped.</summary>
    private static YNode WithoutMarkers(YNode node) => node switch
    {
        YSequence s => MergeSequence(null, s),
        YMapping m => new YMapping(m.Location, m.Entries.Select(e => new KeyValuePair<YScalar, YNode>(e.Key, WithoutMarkers(e.Value))).ToList()),
        _ => node,
    };

    private static bool IsMarker(YNode node) => node is YScalar { Value: BoardItemsMarker };
}
