namespace PlanGen.Pdf.Rendering;

/// <summary>
/// A canvas that can draw something again later in the same place of the page, once more is known:
/// the table of contents draws its page numbers (and leaders) while the pages they name are still
/// to come, and redraws them when the document is laid out, without a second layout pass.
/// </summary>
internal interface IRevisableCanvas : IPageCanvas
{
    /// <summary>Draws now, with what is known now; the result can replace what was drawn.</summary>
    IRevision DrawRevisable(Action<IPageCanvas> draw);
}

/// <summary>Something drawn by <see cref="IRevisableCanvas.DrawRevisable"/>.</summary>
internal interface IRevision
{
    /// <summary>
    /// Draws in place of the first drawing, in the state the canvas was in then. False (and nothing
    /// replaced) when the new drawing does not leave the canvas as the first did (other marked
    /// content, another colour): what followed it would then no longer fit.
    /// </summary>
    bool Redraw(Action<IPageCanvas> draw);
}
