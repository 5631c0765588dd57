using System.Globalization;
using PlanGen.Pdf.Compose;

namespace PlanGen.Pdf.Document;

/// <summary>The PDF outline objects: chapters at the top level, their sections beneath them, open.</summary>
internal static class OutlineTree
{
    public static IEnumerable<(int Number, string Body)> Build(IReadOnlyList<TocItem> items, int root)
    {
        // Object numbers: root, then one per item in order.
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

            parent[i] = root + 1 + lastChapter;
            (children.TryGetValue(lastChapter, out var list) ? list : children[lastChapter] = []).Add(i);
        }

        int Obj(int i) => root + 1 + i;
        yield return (root, $"<</Type /Outlines\n/First {Obj(topLevel[0])} 0 R\n/Last {Obj(topLevel[^1])} 0 R\n/Count {items.Count}>>");
        foreach (var siblings in children.Values.Prepend(topLevel))
        {
            for (var k = 0; k < siblings.Count; k++)
            {
                var i = siblings[k];
                var body = $"<</Title {OutlineUpdate.HexText(items[i].Text)}\n/Parent {parent[i]} 0 R\n/Dest /{OutlineUpdate.Name(items[i].Anchor)}";
                if (k > 0)
                {
                    body += $"\n/Prev {Obj(siblings[k - 1])} 0 R";
                }

                if (k < siblings.Count - 1)
                {
                    body += $"\n/Next {Obj(siblings[k + 1])} 0 R";
                }

                if (children.TryGetValue(i, out var kids))
                {
                    body += string.Create(CultureInfo.InvariantCulture, $"\n/First {Obj(kids[0])} 0 R\n/Last {Obj(kids[^1])} 0 R\n/Count {kids.Count}");
                }

                yield return (Obj(i), body + ">>");
            }
        }
    }
}
