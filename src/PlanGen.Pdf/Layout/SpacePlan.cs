namespace PlanGen.Pdf.Layout;

/// <summary>How an element answers a measure request (QuestPDF's space plan).</summary>
internal enum SpacePlanType
{
    /// <summary>Nothing (left) to draw.</summary>
    Empty,

    /// <summary>Nothing fits here; move to the next page.</summary>
    Wrap,

    /// <summary>A part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>Everything (that is left) fits.</summary>
    Full,
}

/// <summary>The answer to <see cref="Element.Measure"/>: kind and occupied size.</summary>
internal readonly record struct SpacePlan(SpacePlanType Type, float Width, float Height)
{
    public static SpacePlan Empty => new(SpacePlanType.Empty, 0, 0);

    public static SpacePlan Wrap => new(SpacePlanType.Wrap, 0, 0);

    public static SpacePlan Partial(float width, float height) => new(SpacePlanType.Partial, width, height);

    public static SpacePlan Full(float width, float height) => new(SpacePlanType.Full, width, height);

    public bool Draws => Type is SpacePlanType.Partial or SpacePlanType.Full;
}
