namespace PlanGen.Pdf.Text;

/// <summary>
/// One laid-out line: fragments [Start, End) of its paragraph's fragment list. <paramref name="Hyphenated"/>:
/// it ends at a hyphenation point and draws a hyphen (counted in <paramref name="NaturalWidth"/>);
/// <paramref name="SpaceWidth"/>: the natural width of its word spaces, for the justification limit.
/// </summary>
internal readonly record struct TextLine(int Start, int End, float NaturalWidth, int Gaps, bool Last, float Height, float Baseline, bool Hyphenated = false, float SpaceWidth = 0)
{
    /// <summary>The word space of this line justified to <paramref name="width"/>, or its natural one when that would pass <see cref="OptimalBreaks.MaxWordSpace"/> (set ragged).</summary>
    public float JustifiedSpace(float width)
    {
        if (Last || Gaps == 0)
        {
            return SpaceWidth;
        }

        var space = SpaceWidth + (Math.Max(0, width - NaturalWidth) / Gaps);
        return space <= (SpaceWidth * OptimalBreaks.MaxWordSpace) + 0.01f ? space : SpaceWidth;
    }
}
