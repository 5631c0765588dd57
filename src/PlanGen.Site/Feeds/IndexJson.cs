using System.Text.Encodings.Web;
using System.Text.Json;
using PlanGen.Site.Model;
using PlanGen.Site.Pages;

namespace PlanGen.Site.Feeds;

/// <summary>
/// index.json: the site for machines. Boards, schools, school years with their dates, documents
/// and every file with its path (relative to the site root), size and SHA-256. Stable key order.
/// </summary>
internal static class IndexJson
{
    public const string Path = "index.json";

    public static byte[] Render(SiteModel site)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteNumber("versie", 1);
            json.WriteStartArray("besturen");
            foreach (var board in site.Boards)
            {
                json.WriteStartObject();
                json.WriteString("id", board.Id);
                json.WriteString("naam", board.Name);
                json.WriteString("pagina", board.PagePath);
                json.WriteStartArray("scholen");
                foreach (var school in board.Schools)
                {
                    School(json, school);
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void School(Utf8JsonWriter json, SiteSchool school)
    {
        json.WriteStartObject();
        json.WriteString("id", school.Id);
        json.WriteString("naam", school.Name);
        json.WriteString("pagina", school.PagePath);
        json.WriteStartArray("schooljaren");
        foreach (var year in school.Years)
        {
            json.WriteStartObject();
            json.WriteString("schooljaar", year.SchoolYear);
            json.WriteString("versie", year.Version);
            json.WriteString("status", year.IsConcept ? "concept" : "vastgesteld");
            if (year.Adopted is { } adopted)
            {
                json.WriteString("vastgesteld", Text.IsoDate(adopted));
            }
            json.WriteString("gewijzigd", Text.IsoDate(year.LastChange));
            json.WriteStartArray("documenten");
            foreach (var document in year.Documents)
            {
                json.WriteStartObject();
                json.WriteString("titel", document.Title);
                json.WriteStartArray("bestanden");
                foreach (var file in document.Files)
                {
                    json.WriteStartObject();
                    json.WriteString("formaat", file.Format);
                    json.WriteString("pad", file.Path);
                    json.WriteNumber("bytes", file.Size);
                    json.WriteString("sha256", file.Sha256);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
