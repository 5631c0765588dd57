using PlanGen.Core.Binding;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>
/// The school's own outline (indeling): every part once, no chapter or section without content, and a
/// warning for each built-in part left out that holds a legal duty, or that has data the plan would not show.
/// Unknown part names are the binder's (PG0105 with "bedoelde je ...?").
/// </summary>
public sealed class OutlineRules : IValidationRule
{
    private static readonly string[] DefaultChapterTexts = ["inzicht", "voorwaarden", "pedagogisch_klimaat", "preventie", "signaleren", "borging"];

    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var data = school.Data;
        foreach (var attachment in data.Bijlagen)
        {
            CheckSections(attachment.Paragrafen, diagnostics);
        }
        if (data.Indeling is not { } outline)
        {
            return;
        }
        var placed = new Dictionary<string, (OutlineChapter Chapter, OutlinePart Part)>(StringComparer.Ordinal);
        foreach (var chapter in outline.Hoofdstukken)
        {
            if (string.IsNullOrWhiteSpace(chapter.Tekst) && chapter.Onderdelen.Count == 0 && chapter.Paragrafen.Count == 0)
            {
                diagnostics.Error(chapter.Location, Codes.OutlineEmpty, $"het hoofdstuk '{chapter.Titel}' heeft geen tekst, onderdelen of paragrafen",
                    "geef het hoofdstuk een tekst:, zet er onderdelen: of paragrafen: in, of verwijder het");
            }
            CheckSections(chapter.Paragrafen, diagnostics);
            foreach (var part in chapter.Onderdelen.Where(p => p.Onderdeel.Length > 0))
            {
                if (placed.TryGetValue(part.Onderdeel, out var first))
                {
                    diagnostics.Error(part.Location, Codes.OutlinePartTwice,
                        $"het onderdeel '{part.Onderdeel}' staat al in hoofdstuk '{first.Chapter.Titel}' (regel {first.Part.Location.Line})",
                        "zet elk onderdeel in één hoofdstuk en verwijder het hier");
                    continue;
                }
                placed[part.Onderdeel] = (chapter, part);
            }
        }
        var at = data.LocationOf("indeling");
        foreach (var part in Vocabularies.All[Vocabularies.Parts].Select(t => t.Id).Where(p => !placed.ContainsKey(p)))
        {
            if (OutlineParts.Duties.TryGetValue(part, out var duty))
            {
                diagnostics.Warning(at, Codes.OutlineDutyLeftOut, $"het onderdeel '{part}' staat niet in je indeling, dus het plan beschrijft {duty} niet",
                    $"zet {part} onder onderdelen: van een hoofdstuk");
            }
            else if (OutlineParts.HasData(part, school))
            {
                diagnostics.Warning(at, Codes.OutlineDataLeftOut, $"{OutlineParts.SourceKey(part)} heeft gegevens, maar het onderdeel '{part}' staat niet in je indeling: het komt niet in het plan",
                    $"zet {part} onder onderdelen: van een hoofdstuk, of haal de gegevens weg");
            }
        }
        if (data.Teksten is { } texts)
        {
            foreach (var key in DefaultChapterTexts.Where(k => FieldSpec.Of(typeof(Texts)).First(f => f.Name == k).Property.GetValue(texts) is string))
            {
                diagnostics.Warning(texts.LocationOf(key), Codes.OutlineDataLeftOut, $"teksten: {key} hoort bij de standaardindeling en komt niet in je eigen indeling",
                    "zet de tekst onder tekst: van een hoofdstuk (of paragraaf) in indeling:");
            }
        }
    }

    private static void CheckSections(IEnumerable<OutlineSection> sections, DiagnosticBag diagnostics)
    {
        foreach (var section in sections)
        {
            if (string.IsNullOrWhiteSpace(section.Tekst) && section.Paragrafen.Count == 0)
            {
                diagnostics.Error(section.Location, Codes.OutlineEmpty, $"de paragraaf '{section.Titel}' heeft geen tekst",
                    "geef de paragraaf een tekst: of verwijder hem");
            }
            CheckSections(section.Paragrafen, diagnostics);
        }
    }
}
