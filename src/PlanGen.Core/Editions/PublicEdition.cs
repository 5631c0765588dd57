using PlanGen.Core.Loading;
using PlanGen.Core.Model;
using PlanGen.Core.Output;

namespace PlanGen.Core.Editions;

/// <summary>
/// The edition step of the build. Before rendering, <see cref="Prepare"/> gives a copy of the
/// school's data for the edition: in the public one without private contact details, and in both
/// with every <c>::: intern</c> block of the free texts handled (left out, or shown as normal text),
/// because a template may put a text inline or in a table cell where a container cannot stand.
/// After rendering, <see cref="Finish"/> does the same for containers in the templates' own text,
/// once, before any writer sees the document.
/// </summary>
public static class PublicEdition
{
    public static SchoolProject Prepare(SchoolProject school, Edition edition)
    {
        var schoolPhone = school.Data.School.Telefoon;
        Action<ModelNode> redact = edition == Edition.Openbaar ? node => ContactPrivacy.Redact(node, schoolPhone) : _ => { };
        string Text(string value) => InternBlocks.Apply(value, edition);
        return school with
        {
            Data = ModelCopy.Copy(school.Data, Text, redact),
            Years = school.Years.Select(plan => ModelCopy.Copy(plan, Text, redact)).ToList(),
        };
    }

    public static RenderedDocument Finish(RenderedDocument document, Edition edition)
    {
        var markdown = InternBlocks.Apply(document.Markdown, edition);
        return ReferenceEquals(markdown, document.Markdown) || markdown == document.Markdown
            ? document
            : RenderedDocument.Create(document.Info, markdown);
    }
}
