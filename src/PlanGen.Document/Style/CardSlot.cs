namespace PlanGen.Document.Style;

/// <summary>
/// The place of a block on the kwaliteitskaart (<c>::: blok FASE ROL</c>, docs/markdown.md): which
/// block of side one it is, or where it stands in the plan &amp; dialoog cycle. Writers lay out the
/// cycle by slot, never by heading text.
/// </summary>
public enum CardSlot
{
    Visie,
    Ambitie,
    Aanbod,
    Zicht,
    Handelen,
    Onderwijstijd,
    Samenwerking,

    // The cycle, in its order, then what stands beside it and its outcome.
    Waarnemen,
    Plannen,
    Realiseren,
    Evalueren,
    Monitoren,
    CoReflectie,
    Dialoog,
    Planning,
}

/// <summary>Names of the slots as the Markdown writes them.</summary>
public static class CardSlots
{
    /// <summary>The four phases of the cycle, clockwise from the top left.</summary>
    public static IReadOnlyList<CardSlot> Cycle { get; } = [CardSlot.Waarnemen, CardSlot.Plannen, CardSlot.Realiseren, CardSlot.Evalueren];

    /// <summary>The blocks beside the cycle.</summary>
    public static IReadOnlyList<CardSlot> Beside { get; } = [CardSlot.Monitoren, CardSlot.CoReflectie, CardSlot.Dialoog];

    /// <summary>"co-reflectie" for CoReflectie, lower case for the others: the word in the Markdown and in CSS classes.</summary>
    public static string Name(CardSlot slot) => slot == CardSlot.CoReflectie ? "co-reflectie" : slot.ToString().ToLowerInvariant();

    public static CardSlot? Parse(string? word)
    {
        foreach (var slot in Enum.GetValues<CardSlot>())
        {
            if (string.Equals(word?.Trim(), Name(slot), StringComparison.OrdinalIgnoreCase))
            {
                return slot;
            }
        }

        return null;
    }

    /// <summary>What each colour means, for the card's legend (in phase order).</summary>
    public static IReadOnlyList<(Phase Phase, string Label)> Legend { get; } =
    [
        (Phase.Plan, "Plan: doelen en planning"),
        (Phase.Do, "Do: aanbod en uitvoering"),
        (Phase.Check, "Check: volgen en evalueren"),
        (Phase.Act, "Act: begrijpen, reflectie en dialoog"),
    ];
}
