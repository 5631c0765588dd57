using System.Runtime.CompilerServices;

namespace PlanGen.Document.Card;

/// <summary>
/// One card layout per document for every writer that follows it: the DOCX and HTML writers of a build
/// get the same instance, so the PDF engine packs each kwaliteitskaart once for both instead of once for
/// each (packing is the costliest part of a card). Safe when both write the same document at once.
/// </summary>
public sealed class SharedCardPlanner(ICardPlanner planner) : ICardPlanner
{
    // Weak keys: a document's plan is dropped with the document, so a build of 1,000 schools keeps none.
    private readonly ConditionalWeakTable<RenderedDocument, Lazy<CardPlan>> plans = new();

    public CardPlan Plan(RenderedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return plans.GetValue(document, d => new Lazy<CardPlan>(() => planner.Plan(d), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }
}
