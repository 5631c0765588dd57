using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Building.Incremental;

/// <summary>Where an input came from: its kind decides how its path is read (see <see cref="InputKinds"/>).</summary>
public sealed record ManifestInput(string Kind, string Path, string Sha256);

/// <summary>
/// A file PlanGen wrote, relative to the output folder. <paramref name="Document"/> is the
/// <see cref="DocumentFingerprint"/> of the rendered document it was written from (null in older manifests):
/// a rebuild that renders the same document again keeps the file instead of writing it anew.
/// </summary>
public sealed record ManifestOutput(string Path, long Bytes, string Sha256, string? Document = null);

/// <summary>
/// What the last build of one school used and wrote: output/&lt;bestuur&gt;/&lt;school&gt;/.plangen-manifest.json.
/// One per school, so shards of a CI matrix never write the same manifest, and the union of their
/// output folders is a full build. Holds no times or machine paths: the same inputs give the same bytes.
/// </summary>
public sealed record SchoolManifest(
    string School,
    string Settings,
    IReadOnlyList<ManifestInput> Inputs,
    IReadOnlyList<ManifestOutput> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public const string FileName = ".plangen-manifest.json";

    public const int FormatVersion = 1;
}

/// <summary>The kinds of input a manifest records.</summary>
internal static class InputKinds
{
    /// <summary>A YAML file of the school or its board; path relative to the repository root.</summary>
    public const string Yaml = "yaml";

    /// <summary>A file a document shows, such as the logo; path relative to the repository root.</summary>
    public const string Asset = "bestand";

    /// <summary>A template, by its name (e.g. "partials/stappen.scriban") and the folder it was found in.</summary>
    public const string SchoolTemplate = "sjabloon-school";

    public const string BoardTemplate = "sjabloon-bestuur";

    public const string BuiltInTemplate = "sjabloon-ingebouwd";
}
