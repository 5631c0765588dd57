namespace PlanGen.Pdf.Tests;

/// <summary>
/// The tree <c>pdfinfo -struct-text</c> prints: one element per line ("  H2 (block)"), indented two
/// spaces per level, its attributes on the following lines ("/Scope /Column"), its text on the
/// following lines in quotes.
/// </summary>
internal static class StructText
{
    public sealed record Element(int Depth, string Role, string Text, int Line);

    public static List<Element> Parse(string output)
    {
        var lines = output.Split('\n');
        var elements = new List<Element>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] is '"' or '/' || trimmed.StartsWith("Object ", StringComparison.Ordinal))
            {
                continue;
            }

            var depth = (line.Length - trimmed.Length) / 2;
            // "TH:" when attributes (" /Scope /Column") follow on the next lines.
            var role = trimmed.Split(' ')[0].TrimEnd(':');
            // The element's own text: the quoted lines right below it, one level deeper.
            var text = new List<string>();
            for (var k = i + 1; k < lines.Length && lines[k].TrimStart().StartsWith('"'); k++)
            {
                text.Add(lines[k].Trim().Trim('"'));
            }

            elements.Add(new Element(depth, role, string.Join(" ", text), i));
        }

        return elements;
    }

    /// <summary>The elements inside <paramref name="parent"/>.</summary>
    public static IEnumerable<Element> Within(List<Element> tree, Element parent) =>
        tree.SkipWhile(e => e != parent).Skip(1).TakeWhile(e => e.Depth > parent.Depth);

    /// <summary>1-6 for H1-H6, otherwise 0.</summary>
    public static int HeadingLevel(string role) => role.Length == 2 && role[0] == 'H' && role[1] is >= '1' and <= '6' ? role[1] - '0' : 0;
}
