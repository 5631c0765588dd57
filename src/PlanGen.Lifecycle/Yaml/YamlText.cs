namespace PlanGen.Lifecycle.Yaml;

/// <summary>Writing values back in the style they were written in.</summary>
public static class YamlText
{
    /// <summary>The new value in the old scalar's quoting: plain stays plain, quoted stays quoted.</summary>
    public static string Restyle(string original, string value) => original.Length > 0 && original[0] is '"' or '\''
        ? Quote(value, original[0])
        : value;

    public static string Quote(string value, char quote = '"') => quote == '\''
        ? $"'{value.Replace("'", "''")}'"
        : $"\"{value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";

    /// <summary>Plain when that reads back as the same text; otherwise double-quoted.</summary>
    public static string Scalar(string value)
    {
        var safe = value.Length > 0 && !value.Contains(": ") && !value.Contains(" #") && !value.EndsWith(':')
            && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) < 0 && value.Trim() == value
            && !value.Contains('\n') && !IsSpecial(value);
        return safe ? value : Quote(value);
    }

    private static bool IsSpecial(string value) =>
        value.ToLowerInvariant() is "ja" or "nee" or "true" or "false" or "yes" or "no" or "null" or "~" or "on" or "off"
        || double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
