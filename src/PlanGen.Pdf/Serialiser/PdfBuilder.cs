using System.Globalization;
using System.Text;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Serialiser;

/// <summary>
/// A tagged PDF (PDF/UA-1, PDF/A-2a) being written: pages are drawn one after another on
/// <see cref="PdfPageCanvas"/>es; fonts, images, links, destinations and the structure tree are
/// collected and written, with the outline and metadata, by <see cref="WriteTo"/>. Nothing is
/// patched afterwards, and the same drawing gives the same bytes.
/// </summary>
internal sealed class PdfBuilder
{
    // The same ICC profile in every file: compressed once per process, so at the smallest size.
    private static readonly Lazy<byte[]> DeflatedProfile = new(() => PdfStreams.Deflate(SrgbProfile.Data, 9));
    private readonly List<(PdfPageCanvas Canvas, byte[]? Content)> pages = [];
    private readonly Dictionary<FontFace, EmbeddedFont> fonts = [];
    private readonly Dictionary<RasterImage, string> images = new(ReferenceEqualityComparer.Instance);
    private readonly SortedDictionary<string, (int Page, float X, float Y)> anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<object, StructureNode> keyed = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<StructureNode?> open = new();
    private readonly Dictionary<string, StructureNode> headings = new(StringComparer.Ordinal);
    private string? pendingAnchor;
    private PdfPageCanvas? current;
    private StructureNode? section;
    private int lastHeading;

    public PdfBuilder(string documentTitle) => Root = new StructureNode(new StructureTag(StructureRole.Document, documentTitle), null);

    /// <summary>The Document element: the root of the structure tree.</summary>
    public StructureNode Root { get; }

    /// <summary>The innermost open structure element, content goes there (at the top level: the current chapter's Sect).</summary>
    public StructureNode Current
    {
        get
        {
            foreach (var node in open)
            {
                if (node is not null)
                {
                    return node;
                }
            }

            return section ?? Root;
        }
    }

    public List<LinkAnnotation> Links { get; } = [];

    public int PageCount => pages.Count;

    /// <summary>
    /// Starts the next page. The page before stays open until <see cref="EndPage"/> or
    /// <see cref="WriteTo"/>, so its footer can be drawn once the page count is known.
    /// </summary>
    public PdfPageCanvas BeginPage(float width, float height)
    {
        current = new PdfPageCanvas(this, pages.Count, width, height);
        pages.Add((current, null));
        return current;
    }

    /// <summary>Ends the current page: its content stream is final.</summary>
    public void EndPage()
    {
        if (current is null)
        {
            return;
        }

        Finish(current.Index);
        current = null;
    }

    private void Finish(int page)
    {
        if (pages[page].Content is null)
        {
            pages[page] = (pages[page].Canvas, pages[page].Canvas.Finish());
        }
    }

    public void BeginTag(object key, StructureTag tag, bool inArtifact)
    {
        if (inArtifact)
        {
            open.Push(null);
            return;
        }

        if (!keyed.TryGetValue(key, out var node))
        {
            var arranged = Arrange(tag);
            var parent = arranged.Role == StructureRole.TOCI && Current.Tag.Role != StructureRole.TOC ? TocIn(Current) : Current;
            node = parent.Add(arranged);
            keyed[key] = node;
            if (arranged.IsHeading && pendingAnchor is not null)
            {
                // The named destination just placed belongs to this heading: TOC References point at it.
                headings.TryAdd(pendingAnchor, node);
                pendingAnchor = null;
            }
        }

        open.Push(node);
    }

    public void EndTag() => open.Pop();

    /// <summary>
    /// Where the layout's flat column of blocks needs structure: a chapter heading (H2) at the top
    /// level opens a Sect that holds the chapter up to the next one, and heading levels never skip
    /// (a level more than one deeper than the last heading is raised to the next level).
    /// </summary>
    private StructureTag Arrange(StructureTag tag)
    {
        if (!tag.IsHeading)
        {
            return tag;
        }

        var level = Math.Min(tag.Level, lastHeading + 1);
        lastHeading = level;
        if (open.All(n => n is null))
        {
            if (level == 1)
            {
                section = null;
            }
            else if (level == 2)
            {
                section = null;
                section = Root.Add(new StructureTag(StructureRole.Sect));
            }
        }

        return level == tag.Level ? tag : StructureTag.Heading(level);
    }

    /// <summary>A TOC entry belongs in a TOC: the one just before it in <paramref name="parent"/>, or a new one.</summary>
    private static StructureNode TocIn(StructureNode parent) =>
        parent.Kids.Count > 0 && parent.Kids[^1] is StructureNode { Tag.Role: StructureRole.TOC } last
            ? last
            : parent.Add(new StructureTag(StructureRole.TOC));

    public EmbeddedFont Font(FontFace face)
    {
        if (!fonts.TryGetValue(face, out var font))
        {
            font = new EmbeddedFont(face, "F" + fonts.Count.ToString(CultureInfo.InvariantCulture));
            fonts[face] = font;
        }

        return font;
    }

    public string Image(RasterImage image)
    {
        if (!images.TryGetValue(image, out var name))
        {
            name = "Im" + images.Count.ToString(CultureInfo.InvariantCulture);
            images[image] = name;
        }

        return name;
    }

    public void Anchor(string name, int page, float x, float y)
    {
        anchors.TryAdd(name, (page, x, y));
        pendingAnchor = name;
    }

    public void WriteTo(Stream output, PdfMetadata metadata, IReadOnlyList<OutlineEntry> outline)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            Finish(i);
        }

        current = null;
        var file = new PdfFile();
        var catalog = file.Reserve();
        var pageTree = file.Reserve(packed: true);
        var resources = file.Reserve(packed: true);
        var treeRoot = file.Reserve(packed: true);
        var pageNumbers = pages.Select(_ => file.Reserve(packed: true)).ToArray();
        var annotationNumbers = Links.Select(_ => file.Reserve()).ToArray();
        MarkLive(Root);
        Number(Root, file);

        for (var i = 0; i < pages.Count; i++)
        {
            var (canvas, content) = pages[i];
            var stream = file.AddStream("/Filter /FlateDecode", PdfStreams.Deflate(content!, PdfStreams.ContentLevel));
            var annots = Links.Where(l => l.Page == i).Select(l => $"{annotationNumbers[l.Index]} 0 R").ToList();
            file.Set(pageNumbers[i], string.Create(CultureInfo.InvariantCulture,
                $"<</Type /Page /Parent {pageTree} 0 R /MediaBox [0 0 {PdfSyntax.Number(canvas.Width)} {PdfSyntax.Number(canvas.Height)}] /Resources {resources} 0 R /Contents {stream} 0 R{(annots.Count > 0 ? $" /Annots [{string.Join(" ", annots)}]" : "")} /StructParents {i} /Tabs /S>>"));
        }

        file.Set(pageTree, $"<</Type /Pages /Kids [{string.Join(" ", pageNumbers.Select(n => $"{n} 0 R"))}] /Count {pages.Count}>>");
        foreach (var link in Links)
        {
            file.Set(annotationNumbers[link.Index], Annotation(link, pageNumbers, pages.Count + link.Index));
        }

        WriteResources(file, resources);
        WriteStructure(file, treeRoot, pageNumbers, annotationNumbers);
        var dests = anchors.Count == 0 ? 0 : file.Add("<<" + string.Join("\n", anchors.Select(a =>
            $"{PdfSyntax.Name(a.Key)} [{pageNumbers[a.Value.Page]} 0 R /XYZ {PdfSyntax.Number(a.Value.X)} {PdfSyntax.Number(a.Value.Y)} 0]")) + ">>", packed: true);
        var outlines = OutlineWriter.Write(file, outline.Where(o => anchors.ContainsKey(o.Destination)).ToList());
        var xmp = file.AddStream("/Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(Xmp.Create(metadata)));
        var icc = file.AddStream("/N 3 /Filter /FlateDecode", DeflatedProfile.Value);
        var info = file.Add(Info(metadata));
        var catalogBody = new StringBuilder($"<</Type /Catalog /Pages {pageTree} 0 R /Lang {PdfSyntax.Text(metadata.Language)} /Metadata {xmp} 0 R");
        catalogBody.Append($" /MarkInfo <</Marked true>> /StructTreeRoot {treeRoot} 0 R /ViewerPreferences <</DisplayDocTitle true>>");
        catalogBody.Append($" /OutputIntents [<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier {PdfSyntax.Literal(SrgbProfile.Description)} /Info {PdfSyntax.Literal(SrgbProfile.Description)} /DestOutputProfile {icc} 0 R>>]");
        if (dests > 0)
        {
            catalogBody.Append($" /Dests {dests} 0 R");
        }

        if (outlines > 0)
        {
            catalogBody.Append($" /Outlines {outlines} 0 R /PageMode /UseOutlines");
        }

        file.Set(catalog, catalogBody.Append(">>").ToString());
        file.WriteTo(output, catalog, info);
    }

    private static string Info(PdfMetadata m) =>
        $"<</Title {PdfSyntax.Text(m.Title)} /Author {PdfSyntax.Text(m.Author)} /Subject {PdfSyntax.Text(m.Subject)} /Keywords {PdfSyntax.Text(m.Keywords)} /Creator (PlanGen) /Producer (PlanGen) /CreationDate {PdfSyntax.Date(m.Timestamp)} /ModDate {PdfSyntax.Date(m.Timestamp)}>>";

    private static string Annotation(LinkAnnotation link, int[] pageNumbers, int structParent)
    {
        var rect = string.Join(" ", link.Rect.Select(PdfSyntax.Number));
        var action = link.Url is { } url
            ? $"/A <</Type /Action /S /URI /URI {PdfSyntax.Literal(Ascii(url))}>>"
            : $"/Dest {PdfSyntax.Name(link.Destination ?? "")}";
        var contents = link.Text is { Length: > 0 } text ? $" /Contents {PdfSyntax.Text(text)}" : "";
        return string.Create(CultureInfo.InvariantCulture, $"<</Type /Annot /Subtype /Link /Rect [{rect}] /P {pageNumbers[link.Page]} 0 R /Border [0 0 0] /F 4{contents} /StructParent {structParent} {action}>>");
    }

    /// <summary>A URI as 7-bit ASCII: other characters percent-encoded as UTF-8.</summary>
    private static string Ascii(string url)
    {
        var sb = new StringBuilder(url.Length);
        foreach (var b in Encoding.UTF8.GetBytes(url))
        {
            sb.Append(b is > 0x20 and < 0x7F ? ((char)b).ToString() : $"%{b:X2}");
        }

        return sb.ToString();
    }

    private void WriteResources(PdfFile file, int resources)
    {
        var fontRefs = fonts.Values.OrderBy(f => f.Resource, StringComparer.Ordinal).Select(f => $"/{f.Resource} {f.Write(file)} 0 R").ToList();
        var imageRefs = images.OrderBy(i => i.Value, StringComparer.Ordinal).Select(i => $"/{i.Value} {WriteImage(file, i.Key)} 0 R").ToList();
        var body = new StringBuilder("<<");
        if (fontRefs.Count > 0)
        {
            body.Append("/Font <<").Append(string.Join(" ", fontRefs)).Append(">>");
        }

        if (imageRefs.Count > 0)
        {
            body.Append(" /XObject <<").Append(string.Join(" ", imageRefs)).Append(">>");
        }

        file.Set(resources, body.Append(">>").ToString());
    }

    private static int WriteImage(PdfFile file, RasterImage image)
    {
        var size = string.Create(CultureInfo.InvariantCulture, $"/Type /XObject /Subtype /Image /Width {image.Width} /Height {image.Height} /BitsPerComponent 8");
        var mask = image.Alpha is null ? "" : $" /SMask {file.AddStream($"{size} /ColorSpace /DeviceGray /Filter /FlateDecode", image.Alpha)} 0 R";
        var parms = image.DecodeParms is null ? "" : $" /DecodeParms {image.DecodeParms}";
        return file.AddStream($"{size} /ColorSpace /{image.ColorSpace} /Filter /{image.Filter}{parms}{mask}", image.Data);
    }

    /// <summary>Elements with content (or the root): empty ones are left out of the tree.</summary>
    private static bool MarkLive(StructureNode node)
    {
        var any = node.Parent is null || node.Tag.Role is StructureRole.TD or StructureRole.TH;
        foreach (var kid in node.Kids)
        {
            any |= kid is not StructureNode child || MarkLive(child);
        }

        node.Live = any;
        return any;
    }

    private static void Number(StructureNode node, PdfFile file)
    {
        node.Number = file.Reserve(packed: true);
        foreach (var kid in node.Kids)
        {
            if (kid is StructureNode { Live: true } child)
            {
                Number(child, file);
            }
        }
    }

    private void WriteStructure(PdfFile file, int treeRoot, int[] pageNumbers, int[] annotationNumbers)
    {
        WriteNode(file, Root, treeRoot, pageNumbers, annotationNumbers);
        var nums = new StringBuilder();
        for (var i = 0; i < pages.Count; i++)
        {
            nums.Append(i).Append(" [").Append(string.Join(" ", pages[i].Canvas.Marks.Select(n => $"{n.Number} 0 R"))).Append("]\n");
        }

        foreach (var link in Links)
        {
            nums.Append(pages.Count + link.Index).Append(' ').Append(link.Node?.Number ?? Root.Number).Append(" 0 R\n");
        }

        var parentTree = file.Add($"<</Nums [{nums}]>>", packed: true);
        file.Set(treeRoot, $"<</Type /StructTreeRoot /K [{Root.Number} 0 R] /ParentTree {parentTree} 0 R /ParentTreeNextKey {pages.Count + Links.Count}>>");
    }

    private void WriteNode(PdfFile file, StructureNode node, int parent, int[] pageNumbers, int[] annotationNumbers)
    {
        var page = node.Kids.OfType<MarkedContent>().FirstOrDefault()?.Page ?? -1;
        var kids = new List<string>();
        foreach (var kid in node.Kids)
        {
            switch (kid)
            {
                case StructureNode { Live: true } child:
                    kids.Add($"{child.Number} 0 R");
                    WriteNode(file, child, node.Number, pageNumbers, annotationNumbers);
                    break;
                case MarkedContent mark:
                    kids.Add(mark.Page == page ? mark.Mcid.ToString(CultureInfo.InvariantCulture) : $"<</Type /MCR /Pg {pageNumbers[mark.Page]} 0 R /MCID {mark.Mcid}>>");
                    break;
                case AnnotationReference reference:
                    kids.Add($"<</Type /OBJR /Obj {annotationNumbers[reference.Annotation]} 0 R>>");
                    break;
            }
        }

        var tag = node.Tag;
        var body = new StringBuilder($"<</Type /StructElem /S /{tag.Role} /P {parent} 0 R");
        if (page >= 0)
        {
            body.Append($" /Pg {pageNumbers[page]} 0 R");
        }

        if (tag.Alt is { } alt && tag.Role != StructureRole.Document)
        {
            body.Append(" /Alt ").Append(PdfSyntax.Text(alt));
        }

        if (tag.Role == StructureRole.Document && tag.Alt is { } title)
        {
            body.Append(" /T ").Append(PdfSyntax.Text(title));
        }

        if (tag.Role == StructureRole.Note)
        {
            // PDF/UA: every Note has an ID.
            body.Append(" /ID ").Append(PdfSyntax.Literal($"note-{node.Number}"));
        }

        if (tag.RefersTo is { } anchor && headings.TryGetValue(anchor, out var heading) && heading.Live)
        {
            // A TOC entry's Reference names the heading it leads to.
            body.Append($" /Ref [{heading.Number} 0 R]");
        }

        if (tag.Scope is { } scope)
        {
            body.Append($" /A <</O /Table /Scope /{scope}>>");
        }

        file.Set(node.Number, body.Append(" /K [").Append(string.Join(" ", kids)).Append("]>>").ToString());
    }
}
