using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Serialiser;

/// <summary>One structure element of the tagged PDF, built as the pages are drawn.</summary>
internal sealed class StructureNode(StructureTag tag, StructureNode? parent)
{
    public StructureTag Tag => tag;

    public StructureNode? Parent => parent;

    /// <summary>In reading order: child elements, marked content on a page, and link annotations.</summary>
    public List<object> Kids { get; } = [];

    /// <summary>Has content (or is the root): empty elements are left out when the tree is written.</summary>
    public bool Live { get; set; }

    /// <summary>Object number, assigned when the tree is written.</summary>
    public int Number { get; set; }

    public StructureNode Add(StructureTag child)
    {
        var node = new StructureNode(child, this);
        Kids.Add(node);
        return node;
    }
}

/// <summary>Marked content <paramref name="Mcid"/> on page <paramref name="Page"/> (0-based).</summary>
internal sealed record MarkedContent(int Page, int Mcid);

/// <summary>The link annotation with index <paramref name="Annotation"/> in the document's list.</summary>
internal sealed record AnnotationReference(int Annotation);
