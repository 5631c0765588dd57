using System.Text;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Lifecycle.Yaml;

/// <summary>Reads a YAML file for a text edit and writes the edited text back atomically, keeping a BOM if it had one.</summary>
public static class YamlFile
{
    /// <summary>The text (BOM removed) and whether it had a BOM; throws <see cref="YamlEditException"/> when unreadable.</summary>
    public static YamlSource Read(string path, string shown)
    {
        var diagnostics = new DiagnosticBag();
        return YamlReader.ReadSource(path, shown, diagnostics)
            ?? throw new YamlEditException($"{shown} kan niet gelezen worden: {diagnostics.Sorted().First().Message}");
    }

    /// <summary>Writes <paramref name="text"/> all at once (temporary file, then renamed), with the BOM when the source had one.</summary>
    public static void Write(string path, YamlSource source, string text)
    {
        var bytes = new UTF8Encoding(false).GetBytes(text);
        AtomicFile.Write(path, source.HasBom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
    }
}
