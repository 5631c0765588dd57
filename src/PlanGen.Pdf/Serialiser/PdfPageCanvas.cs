using System.Text;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Serialiser;

/// <summary>
/// Writes one page's content stream as the layout draws. The stream works in the layout's
/// coordinates (origin top left, y down) through one flip at the start. Every operator that paints
/// lies in marked content: text and images in the open structure element (an MCID recorded for the
/// ParentTree), rules, fills and page furniture as Artifacts.
/// </summary>
internal sealed class PdfPageCanvas : IRevisableCanvas
{
    private const string Hex = "0123456789ABCDEF";
    private static readonly object ArtifactMark = new();
    private readonly PdfBuilder builder;
    private readonly Stack<(float Dx, float Dy, float Scale, Color? Fill, Color? Stroke, float LineWidth)> saved = new();
    // Redrawn stretches of the content: [Start, End) replaced by Text (in order).
    private readonly List<(int Start, int End, string Text)> revised = [];
    private StringBuilder content = new(16 * 1024);
    private List<LinkAnnotation> pendingLinks = [];
    // While a revision redraws: the marked-content id the next mark must reuse, and the structure element open then.
    private int replayMcid = -1;
    private bool replayFailed;
    private StructureNode? replayCurrent;
    private (float Dx, float Dy, float Scale) transform = (0, 0, 1);
    private Color? fill;
    private Color? stroke;
    private float lineWidth = 1;
    private object? openMark;
    private int artifactDepth;

    public PdfPageCanvas(PdfBuilder builder, int index, float width, float height)
    {
        this.builder = builder;
        Index = index;
        Width = width;
        Height = height;
        content.Append("1 0 0 -1 0 ").Append(PdfSyntax.Number(height)).Append(" cm\n");
    }

    public int Index { get; }

    public float Width { get; }

    public float Height { get; }

    /// <summary>The structure element of each marked-content id on this page, in MCID order.</summary>
    public List<StructureNode> Marks { get; } = [];

    public void DrawText(IReadOnlyList<GlyphRun> runs)
    {
        var i = 0;
        while (i < runs.Count)
        {
            // Consecutive runs of one link (or of no link) share one marked-content sequence.
            var link = runs[i].Link;
            var end = i + 1;
            while (end < runs.Count && runs[end].Link == link)
            {
                end++;
            }

            var linkNode = link is null || artifactDepth > 0 ? null : LinkNode(link, runs, i, end);
            Mark(linkNode is null ? Target : linkNode);
            content.Append("BT\n");
            for (var k = i; k < end; k++)
            {
                Run(runs[k]);
            }

            content.Append("ET\n");
            i = end;
        }

        // An annotation whose text did not come (an empty link): still tagged, as PDF/UA wants.
        foreach (var annotation in pendingLinks)
        {
            AttachLink(annotation, Current.Add(new StructureTag(StructureRole.Link)), annotation.Url ?? annotation.Destination);
        }

        pendingLinks.Clear();
    }

    public void FillRect(Rect rect, Color color)
    {
        Mark(ArtifactMark);
        SetFill(color);
        content.AppendNumber(rect.X).Append(' ').AppendNumber(rect.Y).Append(' ').AppendNumber(rect.Width).Append(' ').AppendNumber(rect.Height).Append(" re f\n");
    }

    public void DrawLine(float x1, float y1, float x2, float y2, float width, Color color)
    {
        Mark(ArtifactMark);
        if (stroke != color)
        {
            content.Append(Rgb(color)).Append(" RG\n");
            stroke = color;
        }

        if (lineWidth != width)
        {
            content.AppendNumber(width).Append(" w\n");
            lineWidth = width;
        }

        content.AppendNumber(x1).Append(' ').AppendNumber(y1).Append(" m ").AppendNumber(x2).Append(' ').AppendNumber(y2).Append(" l S\n");
    }

    public void DrawImage(RasterImage image, Rect rect)
    {
        Mark(Target);
        var name = builder.Image(image);
        content.Append("q ").AppendNumber(rect.Width).Append(" 0 0 ").AppendNumber(-rect.Height).Append(' ').AppendNumber(rect.X).Append(' ').AppendNumber(rect.Bottom).Append(" cm /").Append(name).Append(" Do Q\n");
    }

    public void LinkUrl(Rect rect, string url) => AddLink(rect, url, null, url, null);

    public void LinkAnchor(Rect rect, string anchor, string? description = null) => AddLink(rect, null, anchor, "#" + anchor, description);

    public void Anchor(float x, float y, string anchor)
    {
        var (px, py) = Map(x, y);
        builder.Anchor(anchor, Index, px, Height - py);
    }

    public void PushTransform(float dx, float dy, float scale)
    {
        CloseMark();
        saved.Push((transform.Dx, transform.Dy, transform.Scale, fill, stroke, lineWidth));
        var (x, y) = Map(dx, dy);
        transform = (x, y, transform.Scale * scale);
        content.Append("q ").AppendNumber(scale).Append(" 0 0 ").AppendNumber(scale).Append(' ').AppendNumber(dx).Append(' ').AppendNumber(dy).Append(" cm\n");
    }

    public void PopTransform()
    {
        CloseMark();
        var state = saved.Pop();
        transform = (state.Dx, state.Dy, state.Scale);
        (fill, stroke, lineWidth) = (state.Fill, state.Stroke, state.LineWidth);
        content.Append("Q\n");
    }

    public void BeginTag(object key, StructureTag tag) => builder.BeginTag(key, tag, artifactDepth > 0);

    public void EndTag() => builder.EndTag();

    public void BeginArtifact() => artifactDepth++;

    public void EndArtifact() => artifactDepth--;

    /// <summary>Ends the page: the content stream's bytes.</summary>
    public byte[] Finish()
    {
        CloseMark();
        foreach (var annotation in pendingLinks)
        {
            AttachLink(annotation, builder.Root.Add(new StructureTag(StructureRole.Link)), null);
        }

        pendingLinks.Clear();
        if (revised.Count > 0)
        {
            Splice();
        }

        // Encoded chunk by chunk: the stream is ASCII, one byte a character, and never needs to be one string.
        var bytes = new byte[content.Length];
        var at = 0;
        foreach (var chunk in content.GetChunks())
        {
            at += Encoding.ASCII.GetBytes(chunk.Span, bytes.AsSpan(at));
        }

        return bytes;
    }

    public IRevision DrawRevisable(Action<IPageCanvas> draw)
    {
        var before = Capture();
        draw(this);
        return new Revision(this, before, Capture());
    }

    private object Target => artifactDepth > 0 ? ArtifactMark : Current;

    private StructureNode Current => replayCurrent ?? builder.Current;

    private State Capture() => new(content.Length, openMark, fill, stroke, lineWidth, transform, artifactDepth, Marks.Count, Current);

    /// <summary>Redraws a revision's stretch of content from the state before it; true when it ends in the state the first drawing did.</summary>
    private bool Redraw(State before, State after, Action<IPageCanvas> draw)
    {
        var now = Capture();
        var (nowContent, nowLinks) = (content, pendingLinks);
        (content, pendingLinks) = (new StringBuilder(), []);
        (openMark, fill, stroke, lineWidth, transform, artifactDepth) = (before.OpenMark, before.Fill, before.Stroke, before.LineWidth, before.Transform, before.ArtifactDepth);
        (replayMcid, replayFailed, replayCurrent) = (before.Marks, false, before.Current);
        draw(this);
        var end = Capture();
        var fits = !replayFailed && pendingLinks.Count == 0 && replayMcid == after.Marks && ReferenceEquals(end.OpenMark, after.OpenMark)
            && end.Fill == after.Fill && end.Stroke == after.Stroke && end.LineWidth == after.LineWidth && end.Transform == after.Transform && end.ArtifactDepth == after.ArtifactDepth;
        var text = content.ToString();
        (content, pendingLinks) = (nowContent, nowLinks);
        (openMark, fill, stroke, lineWidth, transform, artifactDepth) = (now.OpenMark, now.Fill, now.Stroke, now.LineWidth, now.Transform, now.ArtifactDepth);
        (replayMcid, replayCurrent) = (-1, null);
        if (fits)
        {
            revised.Add((before.Length, after.Length, text));
        }

        return fits;
    }

    /// <summary>The content with every revised stretch replaced.</summary>
    private void Splice()
    {
        revised.Sort((a, b) => a.Start.CompareTo(b.Start));
        var spliced = new StringBuilder(content.Length + 256);
        var at = 0;
        foreach (var (start, end, text) in revised)
        {
            spliced.Append(content, at, start - at).Append(text);
            at = end;
        }

        content = spliced.Append(content, at, content.Length - at);
        revised.Clear();
    }

    private static string N(double v) => PdfSyntax.Number(v);

    private static string Rgb(Color c) => $"{N(c.R / 255.0)} {N(c.G / 255.0)} {N(c.B / 255.0)}";

    private void Run(GlyphRun run)
    {
        var font = builder.Font(run.Face);
        font.Use(run);
        SetFill(run.Color);
        var size = run.Size;
        content.Append('/').Append(font.Resource).Append(' ').AppendNumber(size).Append(" Tf 1 0 0 -1 ")
            .AppendNumber(run.X.Length > 0 ? run.X[0] : 0).Append(' ').AppendNumber(run.Y).Append(" Tm [<");
        double pen = run.X.Length > 0 ? run.X[0] : 0;
        for (var g = 0; g < run.Glyphs.Length; g++)
        {
            var glyph = run.Glyphs[g];
            content.Append(Hex[glyph >> 12]).Append(Hex[(glyph >> 8) & 0xF]).Append(Hex[(glyph >> 4) & 0xF]).Append(Hex[glyph & 0xF]);
            pen += font.Width(run.Glyphs[g]) * size / 1000;
            if (g + 1 < run.Glyphs.Length)
            {
                // TJ moves the pen left by adjustment/1000 of the size: put the next glyph where the layout placed it.
                var adjust = Math.Round((pen - run.X[g + 1]) * 1000 / size, 3);
                if (Math.Abs(adjust) >= 0.01)
                {
                    content.Append("> ").AppendNumber(adjust).Append(" <");
                    pen -= adjust * size / 1000;
                }
            }
        }

        content.Append(">] TJ\n");
    }

    private void SetFill(Color color)
    {
        if (fill != color)
        {
            content.Append(Rgb(color)).Append(" rg\n");
            fill = color;
        }
    }

    /// <summary>Makes sure what comes next lies in marked content for <paramref name="target"/> (a structure node or the artifact mark).</summary>
    private void Mark(object target)
    {
        if (ReferenceEquals(openMark, target))
        {
            return;
        }

        CloseMark();
        if (target is StructureNode node && replayMcid >= 0)
        {
            // A revision: the first drawing gave this content its id and its place in the structure tree.
            replayFailed |= replayMcid >= Marks.Count || Marks[replayMcid] != node;
            content.Append('/').Append(node.Tag.Role).Append(" <</MCID ").Append(replayMcid++).Append(">> BDC\n");
        }
        else if (target is StructureNode node2)
        {
            content.Append('/').Append(node2.Tag.Role).Append(" <</MCID ").Append(Marks.Count).Append(">> BDC\n");
            node2.Kids.Add(new MarkedContent(Index, Marks.Count));
            Marks.Add(node2);
        }
        else
        {
            content.Append("/Artifact BMC\n");
        }

        openMark = target;
    }

    private void CloseMark()
    {
        if (openMark is not null)
        {
            content.Append("EMC\n");
            openMark = null;
        }
    }

    private void AddLink(Rect rect, string? url, string? destination, string target, string? description)
    {
        var (x1, y1) = Map(rect.X, rect.Y);
        var (x2, y2) = Map(rect.Right, rect.Bottom);
        var annotation = new LinkAnnotation(builder.Links.Count, Index, [x1, Height - y2, x2, Height - y1], url, destination, target);
        builder.Links.Add(annotation);
        if (artifactDepth > 0)
        {
            // A link in page furniture still needs a structure parent: a Link under the document.
            AttachLink(annotation, builder.Root.Add(new StructureTag(StructureRole.Link)), description ?? url ?? destination);
            return;
        }

        if (Current.Tag.Role == StructureRole.Link)
        {
            // The layout opened the Link element itself (a TOC line): its text follows, the layout describes it.
            AttachLink(annotation, Current, description);
            return;
        }

        pendingLinks.Add(annotation);
    }

    /// <summary>The Link element for runs [from, to) that link to <paramref name="link"/>, with its annotation.</summary>
    private StructureNode? LinkNode(string link, IReadOnlyList<GlyphRun> runs, int from, int to)
    {
        var target = link.StartsWith('#') ? "#" + AnchorName.Safe(Uri.UnescapeDataString(link[1..])) : link;
        var index = pendingLinks.FindIndex(a => a.Target == target);
        if (index < 0)
        {
            return null;
        }

        var annotation = pendingLinks[index];
        pendingLinks.RemoveAt(index);
        var node = Current.Add(new StructureTag(StructureRole.Link));
        var text = new StringBuilder();
        for (var k = from; k < to; k++)
        {
            text.Append(runs[k].Text);
        }

        AttachLink(annotation, node, text.ToString().Trim());
        return node;
    }

    private static void AttachLink(LinkAnnotation annotation, StructureNode node, string? text)
    {
        annotation.Node = node;
        annotation.Text = string.IsNullOrWhiteSpace(text) ? annotation.Url ?? annotation.Destination : text;
        node.Kids.Add(new AnnotationReference(annotation.Index));
    }

    private (float X, float Y) Map(float x, float y) => (transform.Dx + (x * transform.Scale), transform.Dy + (y * transform.Scale));

    /// <summary>What the content stream depends on at one point: where it is, the open marked content and the graphics state.</summary>
    private readonly record struct State(int Length, object? OpenMark, Color? Fill, Color? Stroke, float LineWidth, (float Dx, float Dy, float Scale) Transform, int ArtifactDepth, int Marks, StructureNode Current);

    private sealed class Revision(PdfPageCanvas canvas, State before, State after) : IRevision
    {
        private bool redrawn;

        public bool Redraw(Action<IPageCanvas> draw)
        {
            if (redrawn)
            {
                return false;
            }

            redrawn = true;
            return canvas.Redraw(before, after, draw);
        }
    }
}
