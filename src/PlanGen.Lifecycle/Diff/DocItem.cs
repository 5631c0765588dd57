namespace PlanGen.Lifecycle.Diff;

public enum ItemKind
{
    Paragraph,
    ListItem,
    TableRow,
}

/// <summary>
/// One comparable piece of a section: a paragraph, a list item or a table row, as plain text.
/// <see cref="Compare"/> is the text used to decide "unchanged" (for the older version with its
/// school years moved on); <see cref="Key"/> pairs a removed and an added table row into one change
/// (the first cell).
/// </summary>
public sealed record DocItem(ItemKind Kind, string Text, string Key, string Compare);

/// <summary>A heading and the items under it (up to the next heading).</summary>
public sealed record DocSection(string Heading, string Key, IReadOnlyList<DocItem> Items);
