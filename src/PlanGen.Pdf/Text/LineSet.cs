namespace PlanGen.Pdf.Text;

/// <summary>A paragraph broken for one width: the fragments (long words split) and the lines over them.</summary>
internal sealed record LineSet(IReadOnlyList<Fragment> Fragments, IReadOnlyList<TextLine> Lines, float Width);
