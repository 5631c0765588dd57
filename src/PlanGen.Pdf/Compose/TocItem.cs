namespace PlanGen.Pdf.Compose;

/// <summary>A heading that appears in the table of contents (level 2 = chapter, 3 = section, 4 = subsection).</summary>
internal sealed record TocItem(int Level, string Text, string Anchor);
