using System.Text.RegularExpressions;

namespace PlanGen.Lifecycle.Diff;

/// <summary>Readable text of a Markdown fragment: emphasis marks and link targets dropped, table cells joined.</summary>
public static partial class PlainText
{
    public static string Of(string markdown, bool tableRow)
    {
        var text = Link().Replace(markdown, "$1");
        text = text.Replace("**", "").Replace("\\|", "\u0001");
        text = Emphasis().Replace(text, "$1");
        if (tableRow)
        {
            var cells = text.Trim().Trim('|').Split('|').Select(c => c.Trim()).Where(c => c.Length > 0);
            text = string.Join(" · ", cells);
        }
        return text.Replace("\u0001", "|").Replace("\\", "").Trim();
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<![\w*])\*([^*]+)\*(?![\w*])")]
    private static partial Regex Emphasis();
}
