using PlanGen.Core.Editions;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;

namespace PlanGen.Publish.Tests;

/// <summary>Who keeps which contact detail in the public edition, as a template reads it (<see cref="ModelView"/>).</summary>
public class ContactPrivacyTests
{
    private const string SchoolPhone = "010-123 45 67";

    private static SchoolData Data(params RoleAssignment[] people) => new()
    {
        School = new SchoolInfo { Naam = "School", Telefoon = SchoolPhone },
        Rollen = [.. people],
        ExterneVertrouwenspersonen = [new Contact { Naam = "Extern", Email = "e@x.example", Telefoon = "06-1", Openbaar = false }],
        Privacy = new Privacy { Fg = new Contact { Naam = "FG", Email = "fg@x.example", Telefoon = "06-2", TelefoonOpenbaar = true } },
    };

    private static (object? Email, object? Telefoon) Contact(ModelView view, ModelNode person) =>
        (view.Read(person, "email"), view.Read(person, "telefoon"));

    [Fact]
    public void PublicEditionFollowsTheRules()
    {
        var data = Data(
            new RoleAssignment { Naam = "Standaard", Email = "a@x.example", Telefoon = "06-11111111" },
            new RoleAssignment { Naam = "Schoolnummer", Email = "b@x.example", Telefoon = "(010) 1234567" },
            new RoleAssignment { Naam = "Openbaar nummer", Telefoon = "06-22222222", TelefoonOpenbaar = true },
            new RoleAssignment { Naam = "Niet openbaar", Email = "c@x.example", Telefoon = "06-33333333", TelefoonOpenbaar = true, Openbaar = false });
        var view = new ModelView(Edition.Openbaar, SchoolPhone);
        var people = data.Rollen;
        Assert.Equal(("a@x.example", (object?)null), Contact(view, people[0]));
        Assert.Equal(("b@x.example", "(010) 1234567"), Contact(view, people[1]));
        Assert.Equal("06-22222222", view.Read(people[2], "telefoon"));
        Assert.Equal(("Niet openbaar", (object?)null, (object?)null), (view.Read(people[3], "naam"), view.Read(people[3], "email"), view.Read(people[3], "telefoon")));
        Assert.Null(view.Read(data.ExterneVertrouwenspersonen[0], "email"));
        Assert.Equal("06-2", view.Read(data.Privacy!.Fg!, "telefoon"));
        Assert.Equal("Open.", view.Read(new YearPlan { Schooljaar = "2025-2026", Evaluatie = "::: intern\nGeheim.\n:::\nOpen." }, "evaluatie"));
    }

    [Fact]
    public void InternalEditionKeepsEverythingAndTheModelIsNeverChanged()
    {
        var person = new RoleAssignment { Naam = "P", Email = "a@x.example", Telefoon = "06-1", Openbaar = false };
        var data = Data(person);
        Assert.Equal(("a@x.example", "06-1"), Contact(new ModelView(Edition.Intern, SchoolPhone), person));
        Assert.Equal(((object?)null, (object?)null), Contact(new ModelView(Edition.Openbaar, SchoolPhone), person));
        // A view, not a copy: the model keeps every value for the other edition.
        Assert.Equal(("a@x.example", "06-1"), (data.Rollen[0].Email, data.Rollen[0].Telefoon));
    }
}
