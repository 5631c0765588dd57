using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using PlanGen.Core.Editions;
using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Core.Building.Incremental;

/// <summary>
/// Everything besides a school's own files that decides its output: the tool (its code and the
/// libraries it was built with, so a new version or a changed writer rebuilds everything), the formats,
/// the edition and SOURCE_DATE_EPOCH. One hash, stored in each school's manifest.
/// </summary>
internal static class BuildSettings
{
    public static string Hash(IReadOnlyList<IDocumentWriter> writers, Edition edition)
    {
        var text = new StringBuilder();
        text.Append("plangen-manifest ").Append(SchoolManifest.FormatVersion).Append('\n');
        var assemblies = writers.Select(w => w.GetType().Assembly).Prepend(typeof(BuildSettings).Assembly).Distinct();
        foreach (var assembly in assemblies.OrderBy(a => a.FullName, StringComparer.Ordinal))
        {
            text.Append(Identity(assembly));
        }
        text.Append("formaten ").AppendJoin(',', writers.Select(w => $"{w.Format}={w.GetType().FullName}")).Append('\n');
        text.Append("editie ").Append(edition).Append('\n');
        text.Append("SOURCE_DATE_EPOCH ").Append(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH")).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The module version id changes with every change of the code (deterministic builds); the references name library versions.</summary>
    private static string Identity(Assembly assembly) =>
        $"{assembly.FullName} {assembly.ManifestModule.ModuleVersionId}\n" +
        string.Concat(References(assembly).Order(StringComparer.Ordinal).Select(r => $"  {r}\n"));

    /// <summary>
    /// The referenced assemblies' names. The Native AOT tool (linux-x64 package) keeps no reference table;
    /// there the module version id alone identifies the code, which a deterministic build derives from
    /// the code and the versions of the libraries it references.
    /// </summary>
    private static IEnumerable<string> References(Assembly assembly)
    {
        try
        {
            return [.. assembly.GetReferencedAssemblies().Select(r => r.FullName)];
        }
        catch (PlatformNotSupportedException)
        {
            return [];
        }
    }
}
