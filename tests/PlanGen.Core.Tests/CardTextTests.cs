using PlanGen.Core.Card;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Core.Tests;

public class CardTextTests
{
    private static readonly SchoolYear Year = new(2025);

    private static SchoolData School() => new()
    {
        School = new SchoolInfo { Naam = "OBS Test" },
        Instrumenten =
        [
            new Instrument { Naam = "KanVAS leerlingvragenlijst", Invullers = ["leerlingen"], Groepen = "5-8", PerJaar = 2, Maanden = ["okt", "mrt"], SocialeVeiligheid = true },
            new Instrument { Naam = "Vragenlijst sociale veiligheid", Invullers = ["leerkrachten"], Groepen = "1-8", PerJaar = 1 },
        ],
        Visie = new Vision { Doelen = ["95% van de leerlingen voelt zich veilig"] },
    };

    [Fact]
    public void Instruments_become_sentences_a_team_would_write()
    {
        var blocks = CardText.Derive(School(), new YearPlan { Schooljaar = "2025-2026" }, Year, null);
        Assert.Equal(
            ["2 keer per jaar KanVAS leerlingvragenlijst vanaf groep 5 (oktober en maart).", "1 keer per jaar vragenlijst sociale veiligheid voor alle groepen."],
            blocks["zicht_op_ontwikkeling"].Punten);
        Assert.Contains("De leerlingen vanaf groep 5 vullen in oktober en maart de KanVAS leerlingvragenlijst in.", blocks["monitoren"].Punten);
        Assert.Equal(["95% van de leerlingen voelt zich veilig"], blocks["ambitie"].Punten);
    }

    [Fact]
    public void Card_text_in_school_yaml_wins_but_the_year_plan_sets_the_planning()
    {
        var school = School();
        school.Kwaliteitskaart = new QualityCard
        {
            ZichtOpOntwikkeling = new CardBlock { Punten = ["Observaties door leerkrachten"] },
            PlanningKomendJaar = new CardBlock { Punten = ["Wat in school.yaml staat"] },
        };
        var plan = new YearPlan
        {
            Schooljaar = "2025-2026",
            Aandachtspunten = ["Structurele groepsobservaties."],
            Activiteiten = [new Activity { Wat = "Gouden weken", Wanneer = "september", Wie = "leerkrachten" }],
        };

        var blocks = CardText.Derive(school, plan, Year, null);
        Assert.Equal(["Observaties door leerkrachten"], blocks["zicht_op_ontwikkeling"].Punten);
        Assert.Equal(["Structurele groepsobservaties."], blocks["planning_komend_jaar"].Punten);
        Assert.Equal(["Gouden weken in september 2025, door de leerkrachten."], blocks["realiseren"].Punten);

        // Without aandachtspunten the card's own planning stands.
        var without = CardText.Derive(school, new YearPlan { Schooljaar = "2025-2026" }, Year, null);
        Assert.Equal(["Wat in school.yaml staat"], without["planning_komend_jaar"].Punten);
    }
}
