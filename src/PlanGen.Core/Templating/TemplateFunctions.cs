using System.Globalization;
using PlanGen.Core.Binding;
using PlanGen.Core.Loading;
using Scriban.Runtime;

namespace PlanGen.Core.Templating;

/// <summary>Helpers the templates call, with Dutch names: label, moment, datum, cel, contact, opsomming, taken, groepen.</summary>
internal static class TemplateFunctions
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static ScriptObject Create(SchoolYear year)
    {
        var functions = new ScriptObject();
        functions.Import("label", new Func<string?, string>(id => id is null ? "" : Vocabularies.Label(id)));
        functions.Import("wie", new Func<string?, string>(text => text is null ? "" : Vocabularies.RoleOrText(text)));
        functions.Import("datum", new Func<DateOnly, string>(date => date.ToString("d MMMM yyyy", Dutch)));
        functions.Import("moment", new Func<string?, string>(text =>
            text is not null && SchoolMoment.TryParse(text, year, out var moment) ? moment.Display : text ?? ""));
        functions.Import("moment_sorteer", new Func<string?, string>(text =>
            text is not null && SchoolMoment.TryParse(text, year, out var moment) ? moment.SortKey.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "0000"));
        functions.Import("cel", new Func<object?, string>(value => TableCell(value?.ToString())));
        functions.Import("contact", new Func<string?, string?, string>(ContactLine));
        functions.Import("opsomming", new Func<System.Collections.IEnumerable?, string>(items => DutchText.List(items, lowerAfterFirst: false)));
        functions.Import("taken", new Func<System.Collections.IEnumerable?, string>(items => DutchText.List(items, lowerAfterFirst: true)));
        functions.Import("groepen", new Func<string?, string>(DutchText.Groups));
        functions.Import("link", new Func<string?, string?, string>((text, url) => url is null ? text ?? "" : $"[{text ?? url}]({MarkdownEscape.Url(MarkdownEscape.Unescape(url))})"));
        return functions;
    }

    /// <summary>One table cell: no line breaks, every pipe that is not escaped yet escaped (an escaped one stays one).</summary>
    private static string TableCell(string? value)
    {
        var text = (value ?? "").Replace("\r", "").Replace("\n", " ").Trim();
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                sb.Append(text, i, 2);
                i++;
                continue;
            }
            sb.Append(text[i] == '|' ? "\\|" : text[i].ToString());
        }
        return sb.ToString();
    }

    /// <summary>"[naam@school.example](mailto:...), 010-1234567" with whatever is known.</summary>
    private static string ContactLine(string? email, string? phone)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(email))
        {
            parts.Add($"[{email.Trim()}](mailto:{MarkdownEscape.Url(MarkdownEscape.Unescape(email.Trim()))})");
        }
        if (!string.IsNullOrWhiteSpace(phone))
        {
            parts.Add(phone.Trim());
        }
        return string.Join(", ", parts);
    }
}
