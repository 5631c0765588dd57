using System.Text;

namespace PlanGen.Pdf.Layout;

/// <summary>
/// Destination names in plain ASCII: Skia writes any other character as '?', so
/// "coördinator" and "coordinator" would collide. Others become _xx (UTF-8 bytes in hex).
/// </summary>
internal static class AnchorName
{
    public static string Safe(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            var c = (char)b;
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c.ToString() : $"_{b:x2}");
        }

        return sb.ToString();
    }
}
