using System.Text;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Serialiser;
using PlanGen.Pdf.Text;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>
/// The TOC's page numbers are drawn blank while their pages are still to come and redrawn in place
/// (IRevisableCanvas): the page's content must then be exactly what drawing the number directly gives.
/// </summary>
public sealed class RevisableCanvasTests
{
    private static readonly TextStyle Style = Harness.Body;

    [Fact]
    public void RedrawnNumberGivesTheBytesOfDrawingItDirectly()
    {
        var direct = Page(canvas =>
        {
            Entry(canvas, "12");
            return () => { };
        });
        var revised = Page(canvas =>
        {
            var revision = canvas.DrawRevisable(c => Entry(c, ""));
            return () => Assert.True(revision.Redraw(c => Entry(c, "12")));
        });

        Assert.Equal(direct.Content, revised.Content);
        Assert.Equal(direct.Marks, revised.Marks);
        Assert.Contains("TJ", direct.Content);
        Assert.Contains("re f", direct.Content);
    }

    [Fact]
    public void RedrawThatWouldChangeWhatFollowsIsRefusedAndLeavesTheFirstDrawing()
    {
        var blank = Page(canvas =>
        {
            canvas.DrawRevisable(c => Entry(c, ""));
            return () => { };
        });
        var refused = Page(canvas =>
        {
            var revision = canvas.DrawRevisable(c => Entry(c, ""));
            // Without the leader dots the number would share the title's marked content: another MCID sequence.
            return () => Assert.False(revision.Redraw(c => c.DrawText([Run("12", 150)])));
        });

        Assert.Equal(blank.Content, refused.Content);
    }

    // A TOC line as TocEntry draws it: title, leader dots (artifacts), then the number in the same Link element.
    private static (string Content, string Marks) Page(Func<PdfPageCanvas, Action> drawNumber)
    {
        var builder = new PdfBuilder("Test");
        var canvas = builder.BeginPage(400, 300);
        var key = new object();
        canvas.BeginTag(key, new StructureTag(StructureRole.Link));
        canvas.DrawText([Run("Voorwoord", 20)]);
        var redraw = drawNumber(canvas);
        canvas.EndTag();
        canvas.BeginTag(new object(), StructureTag.Paragraph);
        canvas.DrawText([Run("Daarna", 20, 60)]);
        canvas.FillRect(new Rect(20, 80, 10, 10), Color.LightGrey);
        canvas.EndTag();
        redraw();
        var content = Encoding.ASCII.GetString(canvas.Finish());
        return (content, string.Join(",", canvas.Marks.Select(m => m.Tag.Role)));
    }

    private static void Entry(IPageCanvas canvas, string number)
    {
        var x = 380 - (Style.Face.Shape(number).Advance * Style.Size);
        for (var dot = 80f; dot + 0.9f <= x - 6; dot += 4)
        {
            canvas.FillRect(new Rect(dot, 29, 0.9f, 0.9f), Color.LightGrey);
        }

        canvas.DrawText([Run(number, x)]);
    }

    private static GlyphRun Run(string text, float x, float y = 30)
    {
        var face = Style.Face;
        var shaped = face.Shape(text);
        return new GlyphRun(face, Style.Size, Style.Color, shaped.Glyphs, shaped.Offsets.Select(o => x + (o * Style.Size)).ToArray(), y, shaped.Advance * Style.Size, text, shaped.Clusters);
    }
}
