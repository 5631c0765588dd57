using CsCheck;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;
using PlanGen.Core.Status;
using PlanGen.Core.Templating;

namespace PlanGen.Core.Tests;

/// <summary>
/// No combination of optional fields gives an empty section: every heading of the plan is followed by
/// content or by a deeper heading, in the classic model and in an own outline with any parts.
/// </summary>
public class EmptySectionPropertyTests
{
    /// <summary>One optional piece of data each; a piece sets some fields of a block and leaves others empty.</summary>
    private static readonly Action<SchoolData, YearPlan>[] Pieces =
    [
        (d, _) => d.Visie = new Vision(),
        (d, _) => d.Visie = new Vision { Kernwoorden = ["rust"] },
        (d, _) => d.Veiligheidsbeleid = new SafetyPolicy(),
        (d, _) => d.Veiligheidsbeleid = new SafetyPolicy { Reikwijdte = ["sociaal"] },
        (d, _) => d.Vaststelling = [new Adoption { Orgaan = "mr", Datum = new DateOnly(2025, 9, 1) }],
        (d, _) => d.Rollen = [new RoleAssignment { Rol = ["intern-begeleider"] }],
        (d, _) => d.Rollen = [new RoleAssignment { Taak = "Leerkracht", Taken = ["Grijpt in."] }, new RoleAssignment { Rol = ["directeur"], Naam = "Ada" }],
        (d, _) => d.ExterneVertrouwenspersonen = [new Contact { Naam = "Els" }],
        (d, _) => d.Klachtenregeling = new Complaints(),
        (d, _) => d.Klachtenregeling = new Complaints { Link = "https://bestuur.example/klachten" },
        (d, _) => d.Privacy = new Privacy(),
        (d, _) => d.Privacy = new Privacy { Fg = new Contact { Naam = "Fenna" } },
        (d, _) => d.Arbo = new Arbo(),
        (d, _) => d.Arbo = new Arbo { RieDatum = new DateOnly(2024, 3, 1) },
        (d, _) => d.Partners = [new Partner { Naam = "SMW" }],
        (d, _) => d.Instrumenten = [new Instrument { Naam = "Monitor", Frequentie = "eens per twee jaar" }],
        (d, _) => d.Incidentregistratie = new IncidentRegistration(),
        (d, _) => d.Incidentregistratie = new IncidentRegistration { Eigenaar = "intern-begeleider" },
        (d, _) => d.Afspraken = [new RuleSet { Titel = "Regels", Rubrieken = [new RuleGroup { Titel = "Omgang", Regels = ["Wees aardig."] }] }],
        (d, _) => d.Gedrag = new BehaviourPolicy(),
        (d, _) => d.Gedrag = new BehaviourPolicy { Niveaus = [new BehaviourLevel { Titel = "Ongewenst gedrag", Reactie = ["Aanspreken."] }] },
        (d, _) => d.Aanbod = [new Programme { Naam = "Kwink" }],
        (d, _) => d.Pesten = new Bullying(),
        (d, _) => d.Pesten = new Bullying { Aanpak = "De vijfsporenaanpak." },
        (d, _) => d.Pesten = new Bullying { Sporen = [new Step { Actie = "Steun bieden" }] },
        (d, _) => d.Protocollen = [new Protocol { Naam = "Meldcode", Soort = "meldcode", Link = "https://bestuur.example/meldcode" }],
        (d, _) => d.Protocollen = [new Protocol { Naam = "Leeg protocol" }], // an error (PG0103), but never an empty heading
        (d, _) => d.Teksten = new Texts(),
        (d, _) => d.Teksten = new Texts { Communicatie = "Met de media praat de directeur.", Evaluatie = "In juni." },
        (d, _) => d.Bijlagen = [new Attachment { Titel = "Schoolgids" }],
        (d, _) => d.Bijlagen = [new Attachment { Titel = "Taken", Tekst = "Wie wat doet." }],
        (d, _) => d.School = new SchoolInfo { Naam = "OBS Test", Plaats = "Dorp" },
        (_, p) => p.Activiteiten = [new Activity { Wat = "Ouderavond", Wanneer = "laatste week van september" }],
        (_, p) => p.Aandachtspunten = ["Rust op het plein."],
    ];

    private static readonly string[] Parts = PlanGen.Core.Binding.Vocabularies.All[PlanGen.Core.Binding.Vocabularies.Parts].Select(t => t.Id).ToArray();

    [Fact]
    public void No_combination_of_optional_fields_gives_a_heading_without_content()
    {
        var renderer = new TemplateRenderer();
        var builtIn = Path.Combine(TestRepository.SourceRoot, "templates");
        var roots = new TemplateRoots([builtIn]) { RealFolders = [Files.FileKinds.RealPath(builtIn)] };
        Gen.Select(Gen.Bool.Array[Pieces.Length], Gen.Int[0, 2].Array[Parts.Length], Gen.Bool)
            .Sample((pieces, placement, ownOutline) =>
            {
                var data = new SchoolData { School = new SchoolInfo { Naam = "OBS Test" } };
                var plan = new YearPlan { Schooljaar = "2025-2026" };
                for (var i = 0; i < Pieces.Length; i++)
                {
                    if (pieces[i])
                    {
                        Pieces[i](data, plan);
                    }
                }
                if (ownOutline)
                {
                    // Parts spread over two chapters (0 = left out), the second with a section of its own.
                    data.Indeling = new PlanOutline
                    {
                        Hoofdstukken =
                        [
                            new OutlineChapter { Titel = "Een", Onderdelen = [.. Parts.Where((_, i) => placement[i] == 1).Select(p => new OutlinePart { Onderdeel = p })] },
                            new OutlineChapter { Titel = "Twee", Onderdelen = [.. Parts.Where((_, i) => placement[i] == 2).Select(p => new OutlinePart { Onderdeel = p, Titel = p.Length % 2 == 0 ? "Eigen kop" : null })],
                                Paragrafen = [new OutlineSection { Titel = "Eigen paragraaf", Tekst = "Tekst." }] },
                        ],
                    };
                }
                var year = new SchoolYear(2025);
                var model = new TemplateModel(data, plan, year, "Sociaal veiligheidsplan", "1.0", null, PlanStatus.Of(data, plan));
                var diagnostics = new DiagnosticBag();
                var markdown = renderer.Render(roots, "sociaal-veiligheidsplan/plan", model, diagnostics, TestRepository.SourceRoot);
                Assert.True(markdown is not null, string.Join("\n", diagnostics.Items.Select(d => d.ToLine())));
                AssertNoEmptySection(markdown!);
            }, iter: 150);
    }

    private static void AssertNoEmptySection(string markdown)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var level = HeadingLevel(lines[i]);
            if (level == 0)
            {
                continue;
            }
            var next = lines.Skip(i + 1).FirstOrDefault(l => l.Trim().Length > 0);
            Assert.True(next is not null && (HeadingLevel(next) == 0 || HeadingLevel(next) > level), $"heading '{lines[i]}' has no content:\n{markdown}");
        }
    }

    private static int HeadingLevel(string line)
    {
        var hashes = line.TakeWhile(c => c == '#').Count();
        return hashes > 0 && line.Length > hashes && line[hashes] == ' ' ? hashes : 0;
    }
}
