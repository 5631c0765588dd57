using System.Globalization;
using System.Text;

namespace PlanGen.Pdf.Serialiser;

/// <summary>The bookmarks: chapters at the top level, their sections beneath them, open.</summary>
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
        var topLevel = new List<int>();
        var children = new Dictionary<int, List<int>>();
        var lastChapter = -1;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Level <= 2 || lastChapter < 0)
            {
                topLevel.Add(i);
                parent[i] = root;
                lastChapter = i;
                continue;
            }

            parent[i] = numbers[lastChapter];
            (children.TryGetValue(lastChapter, out var list) ? list : children[lastChapter] = []).Add(i);
        }

        file.Set(root, $"<</Type /Outlines /First {numbers[topLevel[0]]} 0 R /Last {numbers[topLevel[^1]]} 0 R /Count {items.Count}>>");
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
                    body.Append(CultureInfo.InvariantCulture, $" /First {numbers[kids[0]]} 0 R /Last {numbers[kids[^1]]} 0 R /Count {kids.Count}");
                }

                file.Set(numbers[i], body.Append(">>").ToString());
            }
        }

        return root;
    }
}
