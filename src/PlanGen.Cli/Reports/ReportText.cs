using System.Text;

namespace PlanGen.Cli.Reports;

/// <summary>
/// Text from YAML values and files as it may appear in a report: one line, no control characters. A value
/// with a line break could otherwise start a line "::error ..." or "::add-mask::" that GitHub Actions runs
/// as a workflow command, and an escape sequence would reach the terminal. Used by every report: text,
/// JSON, SARIF and the CI summary.
/// </summary>
public static class ReportText
{
    /// <summary>Longer than any message PlanGen writes itself: what is beyond it came from a value.</summary>
    public const int MaxLength = 2000;

    public static string Clean(string text)
    {
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength] + " … (ingekort)";
        }
        if (!text.Any(NeedsCleaning))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\t' or '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' => ' ',
                _ when NeedsCleaning(c) => '\uFFFD',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>Control characters (C0, DEL, C1), line and paragraph separators, and bidirectional overrides that reorder what a reader sees.</summary>
    private static bool NeedsCleaning(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C' or '\uFFFE' or '\uFFFF';
}
