using System.Text;

namespace PlanGen.Lifecycle.Diff;

/// <summary>The changes as a short Markdown report per section: toegevoegd, verwijderd, gewijzigd.</summary>
public static class ChangeSummary
{
    public static string Write(string title, IEnumerable<(string Document, IReadOnlyList<SectionChange> Sections)> documents)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(title).Append("\n\n");
        foreach (var (document, sections) in documents)
        {
            sb.Append("## ").Append(document).Append("\n\n");
            var changed = sections.Where(s => s.HasChanges).ToList();
            if (changed.Count == 0)
            {
                sb.Append("Geen wijzigingen.\n\n");
                continue;
            }
            foreach (var section in changed)
            {
                var label = section.Kind switch
                {
                    ChangeKind.Added => " (nieuw)",
                    ChangeKind.Removed => " (vervallen)",
                    _ => "",
                };
                sb.Append("### ").Append(section.Heading).Append(label).Append("\n\n");
                List("Toegevoegd", section.Steps.Where(s => s.Kind == ChangeKind.Added).Select(s => s.New!.Text), sb);
                List("Verwijderd", section.Steps.Where(s => s.Kind == ChangeKind.Removed).Select(s => s.Old!.Text), sb);
                List("Gewijzigd", section.Steps.Where(s => s.Kind == ChangeKind.Changed).Select(s => $"{s.Old!.Text}  \n  wordt: {s.New!.Text}"), sb);
            }
        }
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static void List(string label, IEnumerable<string> items, StringBuilder sb)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }
        sb.Append("**").Append(label).Append("**\n\n");
        foreach (var item in list)
        {
            sb.Append("- ").Append(item).Append('\n');
        }
        sb.Append('\n');
    }
}
