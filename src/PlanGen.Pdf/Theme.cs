using PlanGen.Document.Style;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf;

/// <summary>
/// Sizes, colours and spacing shared by every composer, from the document's resolved house style:
/// the accent is its text-safe (WCAG AA) shade, the tint the shared one.
/// </summary>
internal sealed class Theme(HouseStyle style, ColourSet accent)
{
    public static readonly Color LinkColor = new(0x15, 0x65, 0xC0);

    public Theme(HouseStyle style) : this(style, style.Accent)
    {
    }

    public HouseStyle Style => style;

    public Color Accent { get; } = Color.From(accent.Strong);

    public Color AccentTint { get; } = Color.From(accent.Tint);

    public TextStyle Body { get; } = new(10, false, false, Color.Black);

    public TextStyle Small { get; } = new(8, false, false, Color.Grey);

    public TextStyle Chapter => new(18, true, false, Accent);

    public TextStyle Section { get; } = new(13, true, false, Color.Black);

    public TextStyle Subsection { get; } = new(11, true, true, Color.Black);

    /// <summary>Space before a normal block, in points.</summary>
    public float BlockGap => 7;

    public float ListIndent => 16;

    /// <summary>The same sizes with a PDCA block's colours (bullets and rules inside a block take its colour).</summary>
    public Theme ForPhase(Phase? phase) => new(style, style.Phase(phase));
}
