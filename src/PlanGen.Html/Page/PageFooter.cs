using PlanGen.Core.Output;

namespace PlanGen.Html.Page;

/// <summary>The &lt;footer&gt;: the board the school belongs to, and what this document is.</summary>
internal static class PageFooter
{
    public static void Write(TextWriter writer, DocumentInfo info, string titleText)
    {
        writer.Write("<footer class=\"voet\">\n<div class=\"voet-binnen\">\n");
        writer.Write($"<p>{HtmlText.Escape(info.SchoolName)} is een school van {HtmlText.Escape(info.BoardName)}.</p>\n");
        writer.Write($"<p>{titleText}, schooljaar {HtmlText.Escape(info.SchoolYear)}</p>\n");
        writer.Write("</div>\n</footer>\n");
    }
}
