using System.Globalization;
using System.Text;

namespace PlanGen.Pdf.Serialiser;

/// <summary>
/// The bookmarks, nested by heading level: chapters at the top level, their sections beneath them,
/// subsections (####) beneath those. Chapters are open, so the panel shows chapters with their
/// sections; a section's subsections are folded until the reader opens it.
/// </summary>
internal static class OutlineWriter
{
    /// <summary>Writes the outline objects; returns the outline root's number, or 0 when there are no entries.</summary>
    public static int Write(PdfFile file, IReadOnlyList<OutlineEntry> items)
    {
        if (items.Count == 0)
        {
            return 0;
        }

        var root = file.Reserve(packed: true);
        var numbers = items.Select(_ => file.Reserve(packed: true)).ToArray();
        var parent = new int[items.Count];
        var depth = new int[items.Count];
        var topLevel = new List<int>();
        var children = new Dictionary<int, List<int>>();
        var ancestors = new Stack<int>();
        for (var i = 0; i < items.Count; i++)
        {
            // The nearest earlier entry with a lower level is the parent; an entry with none is at the top.
            while (ancestors.Count > 0 && items[ancestors.Peek()].Level >= items[i].Level)
            {
                ancestors.Pop();
            }

            if (ancestors.Count == 0)
            {
                topLevel.Add(i);
                parent[i] = root;
            }
            else
            {
                var up = ancestors.Peek();
                parent[i] = numbers[up];
                depth[i] = depth[up] + 1;
                (children.TryGetValue(up, out var list) ? list : children[up] = []).Add(i);
            }

            ancestors.Push(i);
        }

        // /Count: an open item counts its visible descendants; a folded one the negative of its children.
        var visible = topLevel.Count + topLevel.Sum(t => children.TryGetValue(t, out var kids) ? kids.Count : 0);
        file.Set(root, $"<</Type /Outlines /First {numbers[topLevel[0]]} 0 R /Last {numbers[topLevel[^1]]} 0 R /Count {visible}>>");
        foreach (var siblings in children.Values.Prepend(topLevel))
        {
            for (var k = 0; k < siblings.Count; k++)
            {
                var i = siblings[k];
                var body = new StringBuilder($"<</Title {PdfSyntax.Text(items[i].Text)} /Parent {parent[i]} 0 R /Dest {PdfSyntax.Name(items[i].Destination)}");
                if (k > 0)
                {
                    body.Append($" /Prev {numbers[siblings[k - 1]]} 0 R");
                }

                if (k < siblings.Count - 1)
                {
                    body.Append($" /Next {numbers[siblings[k + 1]]} 0 R");
                }

                if (children.TryGetValue(i, out var kids))
                {
                    var count = depth[i] == 0 ? kids.Count : -kids.Count;
                    body.Append(CultureInfo.InvariantCulture, $" /First {numbers[kids[0]]} 0 R /Last {numbers[kids[^1]]} 0 R /Count {count}");
                }

                file.Set(numbers[i], body.Append(">>").ToString());
            }
        }

        return root;
    }
}
