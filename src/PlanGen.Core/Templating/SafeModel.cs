using PlanGen.Core.Editions;
using PlanGen.Core.Model;

namespace PlanGen.Core.Templating;

/// <summary>
/// The model as templates see it: a copy with every text escaped for Markdown by its field's kind
/// (<see cref="MarkdownEscape.Markdown"/> for free Markdown fields, <see cref="MarkdownEscape.Text"/> for
/// all others), so whatever a template places with <c>{{ }}</c> can never close a block, add a heading or a link.
/// </summary>
public static class SafeModel
{
    public static T Of<T>(T model)
        where T : ModelNode => ModelCopy.Copy(model, (text, key) => key.Markdown ? MarkdownEscape.Markdown(text) : MarkdownEscape.Text(text));
}
