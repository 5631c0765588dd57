namespace PlanGen.Pdf.Card;

/// <summary>
/// The text sizes of the card. Blocks are composed at 10 pt and scaled: the sheet takes the largest
/// scale at which everything fits, never above <see cref="Max"/>; a single side is chosen only when
/// its content fits at <see cref="Min"/> (8 pt body text, 9.2 pt headings), otherwise two sides;
/// only a side that does not fit even at 8 pt goes smaller, so that no text is ever cut.
/// </summary>
internal static class CardScale
{
    /// <summary>8 pt body text: the readable minimum for a card on the wall.</summary>
    public const float Min = 0.8f;

    /// <summary>11 pt: a sparse card does not get poster-sized letters.</summary>
    public const float Max = 1.1f;


    public const float Step = 0.02f;

    /// <summary>A box is never stretched beyond this factor of its natural height (text fills at least 1/2.2 of it).</summary>
    public const float MaxStretch = 2.2f;

    /// <summary>The body text's height over the tinted body's, at least: with the text's width this keeps every box over 40% filled.</summary>
    public const float MinFill = 0.6f;

    /// <summary>Scales from large to small.</summary>
    public static IEnumerable<float> Descending(float from, float to)
    {
        for (var s = from; s >= to - 0.0001f; s -= Step)
        {
            yield return s;
        }
    }
}
