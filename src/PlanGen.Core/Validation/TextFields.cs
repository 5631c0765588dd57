using System.Collections;
using PlanGen.Core.Binding;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>One text value of the model: the object it is in, its field, and whether it is an item of a list of texts.</summary>
public readonly record struct TextField(ModelNode Node, FieldSpec Field, string Text, bool InList)
{
    public string Key => Field.Name;

    /// <summary>Where the value was written (for a list item: where its list was).</summary>
    public SourceLocation Location => Node.LocationOf(Field.Name);
}

/// <summary>
/// Every text value of a school (school.yaml with the board's values, and each year plan), found through
/// the model's fields: the one walk the text rules share (placeholders, headings, characters the PDF cannot show).
/// </summary>
public static class TextFields
{
    public static IEnumerable<TextField> Of(SchoolProject school) =>
        Of(school.Data).Concat(school.Years.SelectMany(Of));

    public static IEnumerable<TextField> Of(ModelNode node)
    {
        foreach (var field in FieldSpec.Of(node.GetType()))
        {
            switch (field.Property.GetValue(node))
            {
                case string text:
                    yield return new TextField(node, field, text, InList: false);
                    break;
                case ModelNode child:
                    foreach (var inner in Of(child))
                    {
                        yield return inner;
                    }
                    break;
                case IList list:
                    foreach (var item in list)
                    {
                        if (item is ModelNode element)
                        {
                            foreach (var inner in Of(element))
                            {
                                yield return inner;
                            }
                        }
                        else if (item is string text)
                        {
                            yield return new TextField(node, field, text, InList: true);
                        }
                    }
                    break;
            }
        }
    }
}
