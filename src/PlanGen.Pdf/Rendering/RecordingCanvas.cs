using System.Globalization;
using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Rendering;

/// <summary>
/// Records what a page draws, in absolute page coordinates: the first pass of the writer uses it
/// to find page numbers, tests use it for golden files and geometric properties.
/// </summary>
internal sealed class RecordingCanvas : IPageCanvas
{
    private readonly Stack<(float Dx, float Dy, float Scale)> transforms = new();
    private (float Dx, float Dy, float Scale) current = (0, 0, 1);

    /// <summary>Every text line drawn: its text and bounds.</summary>
    public List<(string Text, Rect Bounds)> Lines { get; } = [];

    /// <summary>Everything drawn, one line each, for golden files.</summary>
    public List<string> Log { get; } = [];

    public bool Verbose { get; init; }

    /// <summary>Off for the writer's first pass, which needs only anchors.</summary>
    public bool RecordLines { get; init; } = true;

    public void DrawText(IReadOnlyList<GlyphRun> runs)
    {
        if (runs.Count == 0 || !RecordLines)
        {
            return;
        }

        var first = Map(runs[0].Bounds);
        var last = Map(runs[^1].Bounds);
        var bounds = new Rect(first.X, first.Y, last.Right - first.X, Math.Max(first.Height, last.Height));
        var text = string.Concat(runs.Select(r => r.Text)).TrimEnd();
        Lines.Add((text, bounds));
        if (Verbose)
        {
            Log.Add($"text {F(bounds.X)} {F(Map(0, runs[0].Y).Y)} w={F(bounds.Width)} \"{text}\"");
        }
    }

    public void FillRect(Rect rect, Color color)
    {
        if (Verbose)
        {
            Log.Add($"fill {R(Map(rect))} {color}");
        }
    }

    public void DrawLine(float x1, float y1, float x2, float y2, float width, Color color)
    {
        if (!Verbose)
        {
            return;
        }

        var (ax, ay) = Map(x1, y1);
        var (bx, by) = Map(x2, y2);
        Write($"line {F(ax)},{F(ay)} {F(bx)},{F(by)} {F(width * current.Scale)} {color}");
    }

    public void DrawImage(RasterImage image, Rect rect) => Write($"image {R(Map(rect))}");

    public void LinkUrl(Rect rect, string url) => Write($"link {R(Map(rect))} {url}");

    public void LinkAnchor(Rect rect, string anchor, string? description = null) => Write($"goto {R(Map(rect))} #{anchor}");

    public void Anchor(float x, float y, string anchor)
    {
        var (ax, ay) = Map(x, y);
        Write($"anchor {F(ax)},{F(ay)} #{anchor}");
    }

    // Structure is not part of the golden layout logs.
    public void BeginTag(object key, StructureTag tag)
    {
    }

    public void EndTag()
    {
    }

    public void BeginArtifact()
    {
    }

    public void EndArtifact()
    {
    }

    public void PushTransform(float dx, float dy, float scale)
    {
        transforms.Push(current);
        var (x, y) = Map(dx, dy);
        current = (x, y, current.Scale * scale);
        Write($"scale {F(current.Scale)}");
    }

    public void PopTransform() => current = transforms.Pop();

    private static string F(float v) => v.ToString("0.0", CultureInfo.InvariantCulture);

    private static string R(Rect r) => $"{F(r.X)},{F(r.Y)} {F(r.Width)}x{F(r.Height)}";

    private void Write(string line)
    {
        if (Verbose)
        {
            Log.Add(line);
        }
    }

    private (float X, float Y) Map(float x, float y) => (current.Dx + (x * current.Scale), current.Dy + (y * current.Scale));

    private Rect Map(Rect r)
    {
        var (x, y) = Map(r.X, r.Y);
        return new Rect(x, y, r.Width * current.Scale, r.Height * current.Scale);
    }
}
