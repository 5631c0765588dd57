using System.Globalization;
using System.Text;

namespace PlanGen.Lifecycle.Yaml;

/// <summary>Writing values back in the style they were written in.</summary>
public static class YamlText
{
    /// <summary>The new value in the old scalar's quoting: plain stays plain, quoted stays quoted.</summary>
    public static string Restyle(string original, string value) => original.Length > 0 && original[0] is '"' or '\''
        ? Quote(value, original[0])
        : Scalar(value);

    /// <summary>A quoted scalar that reads back as exactly <paramref name="value"/> (line breaks and control characters escaped).</summary>
    public static string Quote(string value, char quote = '"')
    {
        if (quote == '\'' && !value.Any(char.IsControl))
        {
            return $"'{value.Replace("'", "''")}'";
        }
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Plain when that reads back as the same text; otherwise double-quoted.</summary>
    public static string Scalar(string value)
    {
        var safe = value.Length > 0 && !value.Contains(": ") && !value.Contains(" #") && !value.EndsWith(':')
            && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) < 0 && value.Trim() == value
            && !value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF') && !IsSpecial(value);
        return safe ? value : Quote(value);
    }

    private static bool IsSpecial(string value) =>
        value.ToLowerInvariant() is "ja" or "nee" or "true" or "false" or "yes" or "no" or "null" or "~" or "on" or "off"
        || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
