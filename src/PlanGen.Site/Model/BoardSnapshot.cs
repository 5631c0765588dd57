using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PlanGen.Site.Model;

/// <summary>
/// &lt;bestuur&gt;/bestuur.json in the site folder: what the last publish of that board put there. When one
/// board is published into a folder that holds another board's pages, the other board is read back from
/// its snapshot, so the combined index keeps linking its pages and nothing is left orphaned.
/// </summary>
public static partial class BoardSnapshot
{
    public const string FileName = "bestuur.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
        // Source-generated metadata: the Native AOT tool has no run-time generated serialisation code.
        TypeInfoResolver = SnapshotJson.Default,
    };

    public static string PathOf(string site, string boardId) => Path.Combine(site, boardId, FileName);

    public static byte[] Write(SiteBoard board) => JsonSerializer.SerializeToUtf8Bytes(board, Options);

    /// <summary>The board as last published into <paramref name="site"/>, or null when there is none or it cannot be read.</summary>
    public static SiteBoard? Read(string site, string boardId)
    {
        var path = PathOf(site, boardId);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var board = JsonSerializer.Deserialize<SiteBoard>(File.ReadAllBytes(path), Options);
            // The file sits in an output folder anyone may edit: keep only what the pages can show safely.
            return board is null || board.Id != boardId || !Colour().IsMatch(board.AccentColor) || board.Schools.Any(s => !Colour().IsMatch(s.AccentColor) || s.BoardId != boardId)
                ? null
                : board;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every board folder of the site that has a snapshot.</summary>
    public static IEnumerable<string> BoardIds(string site) =>
        Directory.Exists(site)
            ? Directory.EnumerateDirectories(site).Where(d => File.Exists(Path.Combine(d, FileName))).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : [];

    [GeneratedRegex("^#[0-9A-F]{6}$")]
    private static partial Regex Colour();
}

/// <summary>System.Text.Json metadata for the snapshot, made at compile time.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(SiteBoard))]
internal sealed partial class SnapshotJson : System.Text.Json.Serialization.JsonSerializerContext;
