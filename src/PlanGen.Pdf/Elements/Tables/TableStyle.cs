using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Elements.Tables;

/// <summary>Colours and spacing of a table.</summary>
internal sealed record TableStyle(Color HeaderBackground, Color StripeBackground, Color Border, float Padding = 5);
