using PlanGen.Document;
using PlanGen.Document.Texts;

namespace PlanGen.Html.Page;

/// <summary>
/// The &lt;footer&gt;: the board the school belongs to, what this document is (the paged writers'
/// running header) and the status line and edition mark when set (<see cref="PageTexts"/>).
/// </summary>
internal static class PageFooter
{
    public static void Write(TextWriter writer, DocumentInfo info, PageTexts texts)
    {
        writer.Write("<footer class=\"voet\">\n<div class=\"voet-binnen\">\n");
        writer.Write($"<p>{HtmlText.Escape(texts.HeaderLeft)} is een school van {HtmlText.Escape(texts.FooterLeft)}.</p>\n");
        writer.Write($"<p>{HtmlText.Escape(texts.HeaderRight)}</p>\n");
        foreach (var mark in texts.Marks)
        {
            writer.Write($"<p class=\"status\">{HtmlText.Escape(mark)}</p>\n");
        }

        writer.Write("</div>\n</footer>\n");
    }
}
