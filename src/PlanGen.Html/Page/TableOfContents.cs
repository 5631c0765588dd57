using System.Text;
using PlanGen.Document;

namespace PlanGen.Html.Page;

/// <summary>
/// The &lt;nav&gt; table of contents: every ## heading, with its ### headings nested below it and their
/// #### below those (the levels <see cref="Outline.Contents"/> lists for every writer). The
/// list sits in a &lt;details&gt; whose &lt;summary&gt; is the heading, so on a phone it is one line
/// the reader opens with a tap (no script); on a wide screen and on paper <see cref="Styles.TocCss"/>
/// shows it open beside the text.
/// </summary>
internal static class TableOfContents
{
    internal sealed record Entry(string Id, string Text, List<Entry> Children);

    public static IReadOnlyList<Entry> Collect(Outline outline)
    {
        var entries = new List<Entry>();
        var open = new Stack<(int Level, Entry Entry)>();   // the entries a deeper heading may nest in
        foreach (var heading in outline.Contents)
        {
            // As in the heading itself: a school year or phone number is a nowrap span (the entry wraps in a narrow column).
            var entry = new Entry(heading.Anchor, Markdown.LiteralRenderer.Html(heading.Text), []);
            while (open.Count > 0 && open.Peek().Level >= heading.Level)
            {
                open.Pop();
            }

            (open.Count > 0 ? open.Peek().Entry.Children : entries).Add(entry);
            open.Push((heading.Level, entry));
        }

        return entries;
    }

    public static void Write(TextWriter writer, IReadOnlyList<Entry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var html = new StringBuilder();
        html.Append("<nav class=\"inhoudsopgave\" aria-label=\"Inhoudsopgave\">\n");
        html.Append("<details>\n<summary><h2 id=\"Inhoudsopgave\">Inhoudsopgave</h2></summary>\n");
        AppendList(html, entries);
        html.Append("</details>\n</nav>\n");
        writer.Write(html.ToString());
    }

    private static void AppendList(StringBuilder html, IReadOnlyList<Entry> entries)
    {
        html.Append("<ul>\n");
        foreach (var entry in entries)
        {
            html.Append("<li><a href=\"#").Append(HtmlText.Escape(entry.Id)).Append("\">")
                .Append(entry.Text).Append("</a>");
            if (entry.Children.Count > 0)
            {
                html.Append('\n');
                AppendList(html, entry.Children);
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }
}
