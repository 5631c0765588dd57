namespace PlanGen.Docx.Renderers;

/// <summary>The list being written: its numbering instance, nesting level and paragraph style.</summary>
internal sealed record ListScope(int NumberingId, int Level, string StyleId, ListScope? Parent)
{
    /// <summary>The first paragraph of an item carries the bullet; later ones are indented continuations.</summary>
    public bool ItemStarted { get; set; }
}
