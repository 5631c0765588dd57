using PlanGen.Core.Editions;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Publish.Tests;

/// <summary>Who keeps which contact detail in the public edition.</summary>
public class ContactPrivacyTests
{
    private static SchoolProject Project(params RoleAssignment[] people) => new()
    {
        BoardId = "b",
        SchoolId = "s",
        SchoolDirectory = "/nergens/b/s",
        BoardDirectory = "/nergens/b",
        Data = new SchoolData
        {
            School = new SchoolInfo { Naam = "School", Telefoon = "010-123 45 67" },
            Rollen = [.. people],
            ExterneVertrouwenspersonen = [new Contact { Naam = "Extern", Email = "e@x.example", Telefoon = "06-1", Openbaar = false }],
            Privacy = new Privacy { Fg = new Contact { Naam = "FG", Email = "fg@x.example", Telefoon = "06-2", TelefoonOpenbaar = true } },
        },
        Years = [new YearPlan { Schooljaar = "2025-2026", Evaluatie = "::: intern\nGeheim.\n:::\nOpen." }],
        InputFiles = [],
    };

    [Fact]
    public void PublicEditionFollowsTheRules()
    {
        var source = Project(
            new RoleAssignment { Naam = "Standaard", Email = "a@x.example", Telefoon = "06-11111111" },
            new RoleAssignment { Naam = "Schoolnummer", Email = "b@x.example", Telefoon = "(010) 1234567" },
            new RoleAssignment { Naam = "Openbaar nummer", Telefoon = "06-22222222", TelefoonOpenbaar = true },
            new RoleAssignment { Naam = "Niet openbaar", Email = "c@x.example", Telefoon = "06-33333333", TelefoonOpenbaar = true, Openbaar = false });
        var published = PublicEdition.Prepare(source, Edition.Openbaar);
        var people = published.Data.Rollen;
        Assert.Equal(("a@x.example", (string?)null), (people[0].Email, people[0].Telefoon));
        Assert.Equal(("b@x.example", "(010) 1234567"), (people[1].Email, people[1].Telefoon));
        Assert.Equal("06-22222222", people[2].Telefoon);
        Assert.Equal(("Niet openbaar", (string?)null, (string?)null), (people[3].Naam, people[3].Email, people[3].Telefoon));
        Assert.Null(published.Data.ExterneVertrouwenspersonen[0].Email);
        Assert.Equal("06-2", published.Data.Privacy!.Fg!.Telefoon);
        Assert.Equal("Open.", published.Years[0].Evaluatie);
    }

    [Fact]
    public void InternalEditionKeepsEverythingAndTheOriginalIsNeverChanged()
    {
        var source = Project(new RoleAssignment { Naam = "P", Email = "a@x.example", Telefoon = "06-1", Openbaar = false });
        var internal_ = PublicEdition.Prepare(source, Edition.Intern);
        PublicEdition.Prepare(source, Edition.Openbaar);
        Assert.Equal("06-1", internal_.Data.Rollen[0].Telefoon);
        Assert.Equal("a@x.example", source.Data.Rollen[0].Email);
        Assert.Equal("06-1", source.Data.Rollen[0].Telefoon);
        // The internal edition copies nothing: its ::: intern fences go on the document tree (EditionPass).
        Assert.Same(source, internal_);
    }
}
