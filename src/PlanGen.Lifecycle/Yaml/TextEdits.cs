using System.Text;

namespace PlanGen.Lifecycle.Yaml;

/// <summary>Replacements of character ranges in one text, applied together so earlier spans stay valid.</summary>
public sealed class TextEdits(string text)
{
    private readonly List<(int Start, int End, string Replacement)> edits = [];

    public string Text { get; } = text;

    public void Replace(int start, int end, string replacement) => edits.Add((start, end, replacement));

    public void Insert(int at, string text) => edits.Add((at, at, text));

    public void Remove(int start, int end) => edits.Add((start, end, ""));

    /// <summary>Index of the first character of the line holding <paramref name="index"/>.</summary>
    public int LineStart(int index)
    {
        var newline = index == 0 ? -1 : Text.LastIndexOf('\n', index - 1);
        return newline + 1;
    }

    /// <summary>Index just past the line break of the line holding <paramref name="index"/>.</summary>
    public int LineEnd(int index)
    {
        var newline = Text.IndexOf('\n', index);
        return newline < 0 ? Text.Length : newline + 1;
    }

    /// <summary>Spaces in front of the line holding <paramref name="index"/>.</summary>
    public string IndentOf(int index)
    {
        var start = LineStart(index);
        var length = 0;
        while (start + length < Text.Length && Text[start + length] == ' ')
        {
            length++;
        }
        return new string(' ', length);
    }

    public string Apply()
    {
        var ordered = edits.OrderBy(e => e.Start).ThenBy(e => e.End).ToList();
        var sb = new StringBuilder(Text.Length);
        var at = 0;
        foreach (var (start, end, replacement) in ordered)
        {
            if (start < at)
            {
                throw new InvalidOperationException("overlapping edits");
            }
            sb.Append(Text, at, start - at).Append(replacement);
            at = end;
        }
        return sb.Append(Text, at, Text.Length - at).ToString();
    }
}
