using System.Text.RegularExpressions;
using PlanGen.Core.Binding;
using PlanGen.Core.Model;

namespace PlanGen.Core.Tests;

/// <summary>
/// Every field a school can write is shown somewhere: each [Key] of the model is read by a built-in
/// template (as a member, ".key", or as a global for the top-level keys), or is on the short list below
/// of fields that code reads instead, with the reason. A new field nobody renders fails this test.
/// </summary>
public partial class TemplateFieldCoverageTests
{
    /// <summary>Fields read by code, not by a template: "Type.key" and why.</summary>
    private static readonly Dictionary<string, string> ReadByCode = new()
    {
        ["SchoolData.regime"] = "chooses the validation rules (huidig or wvvo)",
        ["SchoolData.huisstijl"] = "the writers' colours, font and logo",
        ["SchoolInfo.logo"] = "the writers' title page and header",
        ["HouseStyle.kleur"] = "the writers' accent colour",
        ["HouseStyle.lettertype"] = "the writers' font",
        ["HouseStyle.logo"] = "the writers' logo",
        ["BoardInfo.adres"] = "the board site's footer",
        ["BoardInfo.email"] = "the board site's footer",
        ["BoardInfo.telefoon"] = "the board site's footer",
        ["BoardInfo.privacyverklaring"] = "the board site's footer",
        ["BoardInfo.toegankelijkheidsverklaring"] = "the board site's footer",
        ["HouseStyle.lettertype_bestand"] = "the writers' font file",
        ["HouseStyle.nieuwe_pagina_per_hoofdstuk"] = "the writers' page breaks",
        ["RoleAssignment.rol"] = "shown through the template function taak_van",
        ["RoleAssignment.taak"] = "shown through the template function taak_van",
        ["RoleAssignment.openbaar"] = "the public edition leaves out the contact details",
        ["RoleAssignment.telefoon_openbaar"] = "the public edition leaves out the phone number",
        ["Contact.openbaar"] = "the public edition leaves out the contact details",
        ["Contact.telefoon_openbaar"] = "the public edition leaves out the phone number",
        ["Adoption.orgaan"] = "shown through document.vaststellingen (TemplateModel)",
        ["Adoption.datum"] = "shown through document.vaststellingen (TemplateModel)",
        ["Adoption.toelichting"] = "shown through document.vaststellingen (TemplateModel)",
        ["Adoption.versie"] = "shown through document.vaststellingen and the front matter",
        ["Adoption.schooljaar"] = "chooses which adoptions belong to the school year (PlanStatus)",
        ["Adoption.wijzigingen"] = "shown through document.vaststellingen (TemplateModel)",
        ["YearPlan.versie"] = "shown as document.versie and in the front matter",
        ["Activity.terugkerend"] = "plangen nieuw-schooljaar carries the activity over",
        ["Activity.instrument"] = "the agenda and the monitoring rules (PG0308)",
        ["Activity.levering_inspectie"] = "the delivery rule (PG0310)",
    };

    [Fact]
    public void Every_model_field_is_read_by_a_template_or_by_code_with_a_reason()
    {
        var templates = string.Join("\n", Directory.EnumerateFiles(Path.Combine(TestRepository.SourceRoot, "templates"), "*.scriban", SearchOption.AllDirectories).Select(File.ReadAllText));
        var globals = new HashSet<string>(Identifiers().Matches(templates).Select(m => m.Value), StringComparer.Ordinal);
        var members = new HashSet<string>(Members().Matches(templates).Select(m => m.Groups[1].Value), StringComparer.Ordinal);
        var unread = new List<string>();
        foreach (var type in ModelTypes())
        {
            foreach (var field in FieldSpec.Of(type))
            {
                var name = $"{type.Name}.{field.Name}";
                var read = type == typeof(SchoolData) ? globals.Contains(field.Name) : members.Contains(field.Name);
                if (!read && !ReadByCode.ContainsKey(name))
                {
                    unread.Add(name);
                }
            }
        }
        Assert.True(unread.Count == 0, $"no template reads: {string.Join(", ", unread)}; render them, remove them from the format, or add them to ReadByCode with the reason");
    }

    [Fact]
    public void The_list_of_fields_read_by_code_names_only_real_fields()
    {
        var real = ModelTypes().SelectMany(t => FieldSpec.Of(t).Select(f => $"{t.Name}.{f.Name}")).ToHashSet();
        Assert.DoesNotContain(ReadByCode.Keys, k => !real.Contains(k));
    }

    private static IEnumerable<Type> ModelTypes()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([typeof(SchoolData), typeof(YearPlan)]);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }
            foreach (var field in FieldSpec.Of(type))
            {
                var child = field.ElementType ?? Nullable.GetUnderlyingType(field.Property.PropertyType) ?? field.Property.PropertyType;
                if (FieldSpec.IsModel(child))
                {
                    queue.Enqueue(child);
                }
            }
        }
        return seen;
    }

    [GeneratedRegex(@"[a-z_]+")]
    private static partial Regex Identifiers();

    [GeneratedRegex(@"\.([a-z_]+)")]
    private static partial Regex Members();
}
