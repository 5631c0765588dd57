using System.Text.RegularExpressions;
using PlanGen.Core.Editions;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Publish.Tests;

/// <summary>
/// What must never be published for a school, worked out from its data independently of the
/// edition code: e-mail and phone of <c>openbaar: nee</c> people, phones that are neither marked
/// <c>telefoon_openbaar</c> nor the school's general number, and every line inside a
/// <c>::: intern</c> block of its YAML files.
/// </summary>
public static partial class PrivateValues
{
    public static IReadOnlyList<string> Of(SchoolProject school)
    {
        var values = new List<string>();
        var schoolPhone = Digits(school.Data.School.Telefoon);
        var people = school.Data.Rollen.Select(r => (r.Openbaar, r.TelefoonOpenbaar, r.Email, r.Telefoon))
            .Concat(school.Data.ExterneVertrouwenspersonen.Select(c => (c.Openbaar, c.TelefoonOpenbaar, c.Email, c.Telefoon)))
            .Concat(school.Data.Privacy?.Fg is { } fg ? [(fg.Openbaar, fg.TelefoonOpenbaar, fg.Email, fg.Telefoon)] : []);
        foreach (var (open, phoneOpen, email, phone) in people)
        {
            if (!open && !string.IsNullOrWhiteSpace(email))
            {
                values.Add(email.Trim());
            }
            if (!string.IsNullOrWhiteSpace(phone) && !(open && (phoneOpen || Digits(phone) == schoolPhone)))
            {
                values.Add(phone.Trim());
            }
        }
        values.AddRange(school.InputFiles.Where(File.Exists).SelectMany(f => InternLines(File.ReadAllText(f))));
        return values.Distinct().ToList();
    }

    public static IEnumerable<string> InternLines(string yaml)
    {
        var inside = false;
        foreach (var raw in yaml.Split('\n'))
        {
            var line = raw.Trim();
            if (Opening().IsMatch(line))
            {
                inside = true;
            }
            else if (inside && line.Length >= 3 && line.All(c => c == ':'))
            {
                inside = false;
            }
            else if (inside && line.Length > 0)
            {
                yield return line;
            }
        }
    }

    public static string Digits(string? phone) => new((phone ?? "").Where(char.IsAsciiDigit).ToArray());

    [GeneratedRegex("^:{3,}\\s*" + InternBlocks.Name + "\\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();
}
