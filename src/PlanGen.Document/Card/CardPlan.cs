namespace PlanGen.Document.Card;

/// <summary>
/// The kwaliteitskaart's layout as the one writer that measures text (the PDF's) chose it: how many
/// sides, which card pages go on each, in which share of the width, at which text scale, and side
/// one's blocks in columns. DOCX and HTML follow it so every format has the same number of sides.
/// </summary>
public sealed record CardPlan(IReadOnlyList<CardSidePlan> Sides);

/// <summary>One landscape side: its parts from left to right.</summary>
public sealed record CardSidePlan(IReadOnlyList<CardPartPlan> Parts);

/// <summary>
/// One card page (index into the document's <c>kaart-pagina</c>s) on a side: its share of the width,
/// its text scale (1 = 10 pt body text) and, for side one, its blocks' indexes column by column
/// (empty for the cycle, which each writer arranges by slot); <paramref name="Beside"/> is the cycle's
/// share of its part's width for monitoren, co-reflectie and dialoog.
/// </summary>
public sealed record CardPartPlan(int Page, float Share, float Scale, IReadOnlyList<IReadOnlyList<int>> Columns, float Beside = 0);

/// <summary>Chooses a card's layout; implemented by the PDF writer, handed to the other writers by the CLI.</summary>
public interface ICardPlanner
{
    CardPlan Plan(RenderedDocument document);
}
