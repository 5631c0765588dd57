using PlanGen.Document;

namespace PlanGen.Docx.Renderers;

/// <summary>A heading's bookmark: "_Toc" names are Word's hidden bookmarks, so users don't see them in the list.</summary>
internal static class Bookmarks
{
    public static string Name(OutlineEntry entry) => $"_Toc{entry.Number:D8}";
}
