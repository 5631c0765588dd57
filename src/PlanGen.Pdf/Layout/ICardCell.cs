namespace PlanGen.Pdf.Layout;

/// <summary>
/// A grid cell of the card that lines up with its neighbours: heading bands of one row share a
/// height, and all blocks of a page share one text scale, so the card reads as one piece.
/// </summary>
internal interface ICardCell
{
    /// <summary>Height of this cell's band at <paramref name="width"/>.</summary>
    float BandHeight(float width);

    /// <summary>Height the cell needs at full text size: band, body and padding.</summary>
    float NaturalHeight(float width);

    /// <summary>The largest scale (at most 1) at which the body fits a cell of this size under a band.</summary>
    float FitScale(float width, float height, float band);

    /// <summary>Band height and text scale this cell must use.</summary>
    void Align(float band, float scale);
}
