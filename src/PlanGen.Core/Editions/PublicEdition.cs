using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Core.Editions;

/// <summary>
/// The edition step of the build, before rendering. The internal edition uses the school's data
/// as it is (no copy): its <c>::: intern</c> blocks are unwrapped on the document tree after
/// rendering (<see cref="PlanGen.Document.EditionPass"/>). The public edition gives a copy without
/// private contact details and without the <c>::: intern</c> blocks of the free texts, because a
/// template may put a text inline or in a table cell where a container cannot stand; the
/// templates' own blocks then go on the tree, once, before any writer sees the document.
/// </summary>
public static class PublicEdition
{
    public static SchoolProject Prepare(SchoolProject school, Edition edition)
    {
        if (edition == Edition.Intern)
        {
            return school;
        }

        var schoolPhone = school.Data.School.Telefoon;
        void Redact(ModelNode node) => ContactPrivacy.Redact(node, schoolPhone);
        string Text(string value) => InternBlocks.Apply(value, edition);
        return school with
        {
            Data = ModelCopy.Copy(school.Data, Text, Redact),
            Years = school.Years.Select(plan => ModelCopy.Copy(plan, Text, Redact)).ToList(),
        };
    }
}
