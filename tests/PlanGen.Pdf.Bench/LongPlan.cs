using System.Text;
using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Pdf.Bench;

/// <summary>A long, realistic plan: the test fixture's chapters repeated with fresh numbers.</summary>
internal static class LongPlan
{
    public static DocumentInfo Info(DocumentKind kind) => new()
    {
        Kind = kind,
        FileName = "plan",
        Title = kind == DocumentKind.Kwaliteitskaart ? "Kwaliteitskaart" : "Sociaal veiligheidsplan",
        SchoolName = "OBS De Linde",
        BoardName = "Stichting Voorbeeldscholen",
        SchoolYear = "2025-2026",
        Adoptions = ["Vastgesteld door de MR op 15 september 2025", "Vastgesteld door het bestuur op 1 oktober 2025"],
        Timestamp = new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public static string Markdown(int chapters)
    {
        var sb = new StringBuilder("# Sociaal veiligheidsplan\n\n");
        for (var c = 1; c <= chapters; c++)
        {
            sb.Append($"## {c}. Hoofdstuk over sociale veiligheid\n\n");
            for (var p = 1; p <= 4; p++)
            {
                sb.Append($"### {c}.{p} Paragraaf\n\n");
                sb.Append("Veiligheid is een basisvoorwaarde om te leren. Pas dan zijn kinderen in staat zich *sociaal en emotioneel* ");
                sb.Append("goed te ontwikkelen. Wij werken met **Kanjertraining**, groepsplannen gedrag en kindgesprekken. ");
                sb.Append("Zie ook de [schoolgids](https://www.delinde.example/schoolgids) voor de afspraken met ouders en leerlingen.\n\n");
                sb.Append("- het scheppen van een goede werksfeer;\n- het bevorderen van een prettige omgang;\n  - tussen leerlingen onderling;\n\n");
            }

            sb.Append("| Stap | Actie | Opmerkingen |\n|---|---|---|\n");
            for (var r = 1; r <= 12; r++)
            {
                sb.Append($"| {r} | Betrokkenen uit de situatie halen en laten vertellen wat er gebeurd is | Op elke situatie van pesten wordt ingegrepen |\n");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
