namespace PlanGen.Pdf.Serialiser;

/// <summary>
/// A link annotation in PDF coordinates (origin bottom left): to a URL or to a named destination.
/// <paramref name="Target"/> is what the layout's run says it links to, to match text with its annotation.
/// </summary>
internal sealed class LinkAnnotation(int index, int page, double[] rect, string? url, string? destination, string target)
{
    /// <summary>Position in the document's list of annotations.</summary>
    public int Index => index;

    public int Page => page;

    public double[] Rect => rect;

    public string? Url => url;

    public string? Destination => destination;

    public string Target => target;

    /// <summary>What the link says, for screen readers (/Contents).</summary>
    public string? Text { get; set; }

    /// <summary>The Link structure element it belongs to.</summary>
    public StructureNode? Node { get; set; }
}
