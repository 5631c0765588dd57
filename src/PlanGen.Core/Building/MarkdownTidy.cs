using System.Text;

namespace PlanGen.Core.Building;

/// <summary>
/// Tidies template output so templates can be written readably: no trailing spaces, at most one
/// blank line in a row, a blank line before every heading, no blank lines at the start, exactly one
/// newline at the end. Fenced code is not used by the templates, so it needs no special care.
/// </summary>
internal static class MarkdownTidy
{
    public static string Tidy(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        var blank = 0;
        var started = false;
        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                blank++;
                continue;
            }
            if (started && (blank > 0 || line.StartsWith('#')))
            {
                sb.Append('\n');
            }
            sb.Append(line).Append('\n');
            blank = 0;
            started = true;
        }
        return sb.ToString();
    }
}
