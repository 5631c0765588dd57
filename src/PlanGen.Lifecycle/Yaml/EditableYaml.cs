using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Lifecycle.Yaml;

/// <summary>
/// Reads YAML text for a text edit with the loader's own reader (the same tree, with character spans),
/// so an edit sees exactly what a build will see: duplicate keys, limits and syntax errors included.
/// </summary>
public static class EditableYaml
{
    /// <summary>The root mapping; throws <see cref="YamlEditException"/> when the text is not valid YAML with fields.</summary>
    public static YMapping Root(string text, string what)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlReader.ReadText(text, what, diagnostics);
        if (diagnostics.HasErrors)
        {
            var first = diagnostics.Sorted().First(d => d.Severity == Severity.Error);
            throw new YamlEditException($"{what} is geen geldige YAML (regel {first.Location.Line}: {first.Message}); controleer het met plangen validate");
        }
        return root as YMapping ?? throw new YamlEditException($"{what} is geen blok met velden (naam: waarde)");
    }

    /// <summary>"\r\n" when the file uses Windows line ends, else "\n".</summary>
    public static string NewlineOf(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    /// <summary>Throws when <paramref name="node"/> or anything in it is an alias (*anker): its text lives elsewhere in the file.</summary>
    public static void RefuseAliases(YNode? node, string where)
    {
        if (node is null)
        {
            return;
        }
        if (node.IsAlias)
        {
            throw new YamlEditException($"{where} gebruikt een verwijzing (*anker, regel {node.Location.Line}); PlanGen past zo'n verwijzing niet als tekst aan. Schrijf de waarde daar voluit en probeer het opnieuw");
        }
        switch (node)
        {
            case YMapping map:
                foreach (var (_, value) in map.Entries)
                {
                    RefuseAliases(value, where);
                }
                break;
            case YSequence list:
                foreach (var item in list.Items)
                {
                    RefuseAliases(item, where);
                }
                break;
        }
    }
}
