using System.Globalization;
using PlanGen.Core.Binding;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;
using PlanGen.Core.Validation;
using Scriban.Runtime;

namespace PlanGen.Core.Templating;

/// <summary>Helpers the templates call, with Dutch names: label, moment, datum, cel, contact, opsomming, taken, groepen, taak_van, taak_gedeeld, hoe_vaak, aanbieder_in.</summary>
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
        functions.Import("taak_van", new Func<RoleAssignment?, string>(TaskOf));
        functions.Import("taak_gedeeld", new Func<RoleAssignment?, RoleAssignment?, bool>((a, b) =>
            a is not null && b is not null && (a.Rol.Intersect(b.Rol).Any() || (a.Taak is { } t && string.Equals(t.Trim(), b.Taak?.Trim(), StringComparison.OrdinalIgnoreCase)))));
        functions.Import("hoe_vaak", new Func<object?, string?, string?, string>((perYear, frequency, from) => HowOften(perYear, frequency, from, year)));
        functions.Import("aanbieder_in", new Func<string?, string?, bool>((name, provider) => Providers.Mentions(name, provider)));
        return functions;
    }

    /// <summary>"Anti-pestcoördinator en aanspreekpunt pesten", or the own taak.</summary>
    private static string TaskOf(RoleAssignment? role) =>
        role is null ? "" : DutchText.List(role.Rol.Select(Vocabularies.Label).Concat(role.Taak is { Length: > 0 } task ? [task] : []), lowerAfterFirst: true);

    /// <summary>"2 keer per jaar", "eens per twee jaar (afname in 2025-2026)": how often an instrument is taken.</summary>
    private static string HowOften(object? perYear, string? frequency, string? from, SchoolYear year)
    {
        if (SchoolFrequency.Parse(frequency) is { } parsed)
        {
            if (parsed.EveryYears == 1 || !SchoolYear.TryParse(from ?? "", out var first))
            {
                return parsed.Display;
            }
            var next = year;
            while (!parsed.TakenIn(next, first))
            {
                next = new SchoolYear(next.StartYear + 1);
            }
            return next == year ? $"{parsed.Display} (afname in {year})" : $"{parsed.Display} (volgende afname in {next})";
        }
        if (frequency is { Length: > 0 })
        {
            return frequency;
        }
        return perYear is null ? "" : $"{perYear} keer per jaar";
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
