namespace PlanGen.Pdf.Text;

internal enum Alignment
{
    Left,
    Justify,
    Center,
    Right,
}
