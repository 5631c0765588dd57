namespace PlanGen.Pdf.Layout;

/// <summary>A grid cell with a heading band that lines up with its neighbours in the row.</summary>
internal interface IRowAligned
{
    /// <summary>Height of this cell's band at <paramref name="width"/>.</summary>
    float BandHeight(float width);

    /// <summary>The row's tallest band, which this cell must use.</summary>
    float RowBand { set; }
}
