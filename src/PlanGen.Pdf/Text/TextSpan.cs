namespace PlanGen.Pdf.Text;

/// <summary>Inline text with one style; <paramref name="HardBreak"/> marks a forced line break.</summary>
internal sealed record TextSpan(string Text, TextStyle Style, bool HardBreak = false);
