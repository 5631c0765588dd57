namespace PlanGen.Pdf.Serialiser;

/// <summary>Document information written to the Info dictionary and the XMP metadata alike.</summary>
internal sealed record PdfMetadata(string Title, string Author, string Subject, string Keywords, string Language, DateTimeOffset Timestamp);

/// <summary>One bookmark: level 2 (chapter) or deeper, its text and the named destination it opens.</summary>
internal sealed record OutlineEntry(int Level, string Text, string Destination);
