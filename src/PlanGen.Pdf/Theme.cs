using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf;

/// <summary>The house style: sizes, colours and spacing shared by every composer.</summary>
internal sealed class Theme(Color accent)
{
    public static readonly Color LinkColor = new(0x15, 0x65, 0xC0);

    public Color Accent { get; } = accent;

    public Color AccentTint => Accent.Tint(0.9f);

    public TextStyle Body { get; } = new(10, false, false, Color.Black);

    public TextStyle Small { get; } = new(8, false, false, Color.Grey);

    public TextStyle Chapter => new(18, true, false, Accent);

    public TextStyle Section { get; } = new(13, true, false, Color.Black);

    public TextStyle Subsection { get; } = new(11, true, true, Color.Black);

    /// <summary>Space before a normal block, in points.</summary>
    public float BlockGap => 7;

    public float ListIndent => 16;

    /// <summary>Colour of a card block per PDCA phase (docs/markdown.md).</summary>
    public Color Phase(string phase) => phase switch
    {
        "plan" => new Color(0x2E, 0x7D, 0x32),
        "do" => new Color(0x15, 0x65, 0xC0),
        "check" => new Color(0xEF, 0x6C, 0x00),
        "act" => new Color(0x6A, 0x1B, 0x9A),
        _ => Accent,
    };
}
