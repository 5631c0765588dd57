namespace PlanGen.Pdf.Text;

/// <summary>One laid-out line: fragments [Start, End) of its paragraph's fragment list.</summary>
internal readonly record struct TextLine(int Start, int End, float NaturalWidth, int Gaps, bool Last, float Height, float Baseline);
