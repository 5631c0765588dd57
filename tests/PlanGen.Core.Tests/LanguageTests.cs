using System.Collections;
using System.Text.RegularExpressions;
using PlanGen.Core.Binding;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;

namespace PlanGen.Core.Tests;

/// <summary>
/// Every example school rendered as it is, with every list cut to one item (singular lead-ins) and with
/// every optional text left out, checked for what a Dutch reader stumbles over: "voor: " before a single
/// lowercase word, doubled punctuation, a lead-in with a colon that nothing follows.
/// </summary>
public partial class LanguageTests
{
    public static TheoryData<string, string> Variants()
    {
        var data = new TheoryData<string, string>();
        foreach (var school in new[] { "stichting-rivierenland/obs-de-linde", "stichting-rivierenland/obs-t-kompas", "stichting-horizon/ikc-de-buitenhof", "stichting-horizon/jenaplanschool-de-wilgen" })
        {
            foreach (var variant in new[] { "zoals het is", "een van elk", "zonder vrije teksten" })
            {
                data.Add(school, variant);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_sentence_reads_as_Dutch(string school, string variant)
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("schools");
        repo.CopyFromSource("templates");
        var checkedSchool = SchoolChecker.Check(repo.Root, [$"schools/{school}"], new DiagnosticBag()).Single();
        Assert.True(checkedSchool.IsValid);
        var project = checkedSchool.Project!;
        foreach (var node in new ModelNode[] { project.Data }.Concat(project.Years))
        {
            if (variant == "een van elk")
            {
                Walk(node, list => { while (list.Count > 1) { list.RemoveAt(list.Count - 1); } }, _ => { });
            }
            else if (variant == "zonder vrije teksten")
            {
                Walk(node, _ => { }, n => ClearOptionalTexts(n));
            }
        }
        var renderer = new DocumentRenderer(repo.Root, new TemplateRenderer());
        var problems = new List<string>();
        foreach (var plan in project.Years)
        {
            var diagnostics = new DiagnosticBag();
            var documents = renderer.Render(project, plan, diagnostics);
            Assert.True(documents is not null, string.Join("\n", diagnostics.Sorted()));
            foreach (var document in documents!)
            {
                problems.AddRange(Problems(document.Markdown).Select(p => $"{plan.Schooljaar} {document.Info.FileName}: {p}"));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_checks_catch_what_they_are_for()
    {
        Assert.NotEmpty(Problems("---\nx: y\n---\n\nDeze afspraken gelden voor: leerlingen.\n"));
        Assert.NotEmpty(Problems("---\nx: y\n---\n\nDat is klaar..\n"));
        Assert.NotEmpty(Problems("---\nx: y\n---\n\nWij volgen deze stappen:\n\n## 2. Verder\n"));
        Assert.Empty(Problems("---\nx: y\n---\n\nWij volgen deze stappen:\n\n1. Eerst.\n\nZie [site](https://a.example/b?c=d). En verder...\n"));
    }

    private static IEnumerable<string> Problems(string markdown)
    {
        var body = markdown[(markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
        // Links and addresses are not sentences.
        var text = Link().Replace(body, "$1");
        text = Url().Replace(text, "URL");
        text = Fence().Replace(text, "");
        foreach (Match m in VoorWord().Matches(text))
        {
            yield return $"'voor: ' before one lowercase word: {m.Value.Trim()}";
        }
        foreach (Match m in DoubledPunctuation().Matches(text))
        {
            yield return $"doubled punctuation '{m.Value}' in: {LineOf(text, m.Index)}";
        }
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (!line.EndsWith(':') || line.StartsWith('|') || line.StartsWith('#'))
            {
                continue;
            }
            var next = lines.Skip(i + 1).FirstOrDefault(l => l.Trim().Length > 0)?.TrimStart() ?? "";
            if (!(next.StartsWith("- ", StringComparison.Ordinal) || next.StartsWith('|') || ListNumber().IsMatch(next)))
            {
                yield return $"lead-in without a list or table after it: {line}";
            }
        }
    }

    private static string LineOf(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index);
        return text[start..(end < 0 ? text.Length : end)];
    }

    /// <summary>Calls <paramref name="list"/> on every list and <paramref name="node"/> on every model node under <paramref name="root"/>.</summary>
    private static void Walk(ModelNode root, Action<IList> list, Action<ModelNode> node)
    {
        node(root);
        foreach (var field in FieldSpec.Of(root.GetType()))
        {
            switch (field.Property.GetValue(root))
            {
                case ModelNode child:
                    Walk(child, list, node);
                    break;
                case IList items:
                    list(items);
                    foreach (var item in items.OfType<ModelNode>())
                    {
                        Walk(item, list, node);
                    }
                    break;
            }
        }
    }

    /// <summary>Leaves out every optional free text (Markdown fields and other optional strings a template may show).</summary>
    private static void ClearOptionalTexts(ModelNode node)
    {
        foreach (var field in FieldSpec.Of(node.GetType()))
        {
            if (field.Property.PropertyType == typeof(string) && !field.Key.Required && field.Key.Vocabulary is null && field.Key.Markdown && field.Property.CanWrite)
            {
                field.Property.SetValue(node, null);
            }
        }
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(https?://|mailto:)\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"\bvoor: \p{Ll}+[.\n]")]
    private static partial Regex VoorWord();

    [GeneratedRegex(@"(?<![.])[.,;:!?][.,;:!?](?![.])")]
    private static partial Regex DoubledPunctuation();

    [GeneratedRegex(@"^:{3,}.*$", RegexOptions.Multiline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex ListNumber();
}
