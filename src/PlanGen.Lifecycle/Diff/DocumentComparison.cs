using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Lifecycle.Diff;

/// <summary>Pairs the documents of two versions by kind and compares each.</summary>
public static class DocumentComparison
{
    public static IReadOnlyList<(string Document, IReadOnlyList<SectionChange> Sections)> Compare(
        IReadOnlyList<RenderedDocument> older, IReadOnlyList<RenderedDocument> newer, Func<string, string> normalizeOlder)
    {
        var result = new List<(string, IReadOnlyList<SectionChange>)>();
        foreach (var document in newer)
        {
            var before = older.FirstOrDefault(d => d.Info.Kind == document.Info.Kind);
            var oldSections = before is null ? [] : SectionReader.Read(before, normalizeOlder);
            var newSections = SectionReader.Read(document);
            result.Add((document.Info.Title, DocumentDiff.Compare(oldSections, newSections)));
        }
        return result;
    }
}
