using PlanGen.Core.Diagnostics;
using PlanGen.Core.Files;
using PlanGen.Core.Loading;
using PlanGen.Document.Fonts;

namespace PlanGen.Core.Validation;

/// <summary>
/// The board's own font file (huisstijl: lettertype_bestand): a relative path inside the board's folder,
/// a regular file, and a font <see cref="FontProbe"/> accepts. Validation reports every problem
/// (PG0204); the build reads only a file that passed, so a broken font never reaches a writer.
/// </summary>
internal static class FontPaths
{
    private static readonly string[] Extensions = [".ttf", ".otf"];

    /// <summary>The checked font of the school's house style, or null (none, or a problem validation reports).</summary>
    public static FontAsset? Read(SchoolProject school) =>
        school.Data.Huisstijl?.LettertypeBestand is { } relative ? Resolve(school.BoardDirectory, relative, out _) : null;

    /// <summary>The absolute path of the house style's font file, for the build manifest (an input); null when none is set.</summary>
    public static string? PathOf(SchoolProject school) =>
        school.Data.Huisstijl?.LettertypeBestand is { } relative && !Path.IsPathRooted(relative)
            ? Path.GetFullPath(Path.Combine(school.BoardDirectory, relative))
            : null;

    public static void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var style = school.Data.Huisstijl;
        if (style?.LettertypeBestand is { } relative && Resolve(school.BoardDirectory, relative, out var problem) is null)
        {
            diagnostics.Error(style.LocationOf("lettertype_bestand"), Codes.BadFontFile, $"lettertype_bestand '{relative}': {problem}",
                "zet een TrueType-lettertype (.ttf) in de map van het bestuur en geef het pad daarvandaan, bijvoorbeeld fonts/Huisletter.ttf; of laat lettertype_bestand weg");
        }
    }

    private static FontAsset? Resolve(string boardDirectory, string relative, out string? problem)
    {
        problem = null;
        if (Path.IsPathRooted(relative) || relative.Contains("://", StringComparison.Ordinal))
        {
            problem = "geef een pad binnen de map van het bestuur, geen absoluut pad of webadres";
            return null;
        }

        var board = Path.GetFullPath(boardDirectory);
        var full = Path.GetFullPath(Path.Combine(board, relative));
        if (!full.StartsWith(board + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            problem = "het pad wijst buiten de map van het bestuur";
            return null;
        }

        if (!Extensions.Contains(Path.GetExtension(full).ToLowerInvariant()))
        {
            problem = "een lettertype moet een .ttf- of .otf-bestand zijn";
            return null;
        }

        if (SafeFile.Problem(full, [SafeFile.RootOf(board)]) is { } unsafeFile)
        {
            problem = unsafeFile;
            return null;
        }

        byte[] bytes;
        try
        {
            if (new FileInfo(full).Length > FontProbe.MaxBytes)
            {
                problem = $"het lettertype is groter dan {FontProbe.MaxBytes / (1024 * 1024)} MB";
                return null;
            }

            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = "het bestand kan niet gelezen worden";
            return null;
        }

        return FontProbe.TryRead(bytes, Path.GetFileName(full), out var font, out problem) ? font : null;
    }
}
