using PlanGen.Core.Binding;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;
using static PlanGen.Core.Card.InstrumentSentences;

namespace PlanGen.Core.Card;

/// <summary>
/// The text of every kwaliteitskaart block for one school year. A block the card in school.yaml fills
/// is taken as written; an empty one is written from the plan's own data as sentences a team would
/// put on the card (instruments, the year plan's activities, evaluation and aandachtspunten, the
/// targets). "Planning komend schooljaar" is the year's own: the year plan's aandachtspunten win
/// over the card, so two school years with different plans get different planning.
/// The texts come out as the model holds them; templates read them through the model view, which escapes them.
/// </summary>
public static class CardText
{
    /// <summary>The names of the blocks, in the order of the card.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "ambitie", "aanbod", "zicht_op_ontwikkeling", "pedagogisch_didactisch_handelen", "onderwijstijd", "samenwerking",
        "waarnemen_en_begrijpen", "plannen", "realiseren", "evalueren", "monitoren", "co_reflectie", "dialoog", "planning_komend_jaar",
    ];

    /// <summary>The blocks by their template name (ambitie, aanbod, ..., planning_komend_jaar); a block with nothing to say is absent.</summary>
    public static Dictionary<string, CardBlock> Derive(SchoolData data, YearPlan plan, SchoolYear year, YearPlan? previous)
    {
        var card = data.Kwaliteitskaart ?? new QualityCard();
        var blocks = new Dictionary<string, CardBlock>(StringComparer.Ordinal);

        void Put(string key, CardBlock? given, Func<CardBlock?> derived)
        {
            var block = Has(given) ? Trimmed(given!) : derived();
            if (Has(block))
            {
                blocks[key] = block!;
            }
        }

        Put("ambitie", card.Ambitie, () => Points(data.Visie?.Doelen.Concat(plan.Resultaten.Select(r => r.Doel)).Distinct()));
        Put("aanbod", card.Aanbod, () => Points(data.Aanbod.Select(Programme)));
        Put("zicht_op_ontwikkeling", card.ZichtOpOntwikkeling, () => Points(data.Instrumenten.Select(Frequency)));
        Put("pedagogisch_didactisch_handelen", card.PedagogischDidactischHandelen, () => Handling(data));
        Put("onderwijstijd", card.Onderwijstijd, () => Support(data));
        // Bare partner names stand in the "In samenwerking met" strip; the block says how the school works with them.
        Put("samenwerking", card.Samenwerking, () => Points(data.Partners.Where(p => p.Omschrijving is { Length: > 0 } || p.Frequentie is { Length: > 0 }).Select(Partner)));
        Put("waarnemen_en_begrijpen", card.WaarnemenEnBegrijpen, () => Observing(data));
        Put("plannen", card.Plannen, () => Planning(plan, year));
        Put("realiseren", card.Realiseren, () => Realising(data, plan, year));
        Put("evalueren", card.Evalueren, () => Evaluation(data, plan, year));
        Put("monitoren", card.Monitoren, () => Monitoring(data, plan, year));
        Put("co_reflectie", card.CoReflectie, () => Points(data.Partners.Where(p => p.Frequentie is { Length: > 0 }).Select(p => $"Overleg met {LowerFirst(p.Naam)}: {p.Frequentie}")));
        Put("dialoog", card.Dialoog, () => Points(data.Instrumenten.Where(i => i.Soort == "gesprek").Select(Frequency)));

        // The year's aandachtspunten are the planning; the card's own list only when the year plan has none.
        var planning = plan.Aandachtspunten.Count > 0 ? Points(plan.Aandachtspunten) : Has(card.PlanningKomendJaar) ? Trimmed(card.PlanningKomendJaar!) : null;
        if (Has(planning))
        {
            blocks["planning_komend_jaar"] = planning!;
        }

        // Last year's results belong to this year's evaluation, whoever wrote the rest.
        var results = previous?.Resultaten.Select(Result).ToList() ?? [];
        if (results.Count > 0)
        {
            var evaluation = blocks.GetValueOrDefault("evalueren") ?? new CardBlock();
            blocks["evalueren"] = new CardBlock { Tekst = evaluation.Tekst, Punten = [.. evaluation.Punten, .. results] };
        }

        return blocks;
    }

    private static bool Has(CardBlock? block) => block is not null && (!string.IsNullOrWhiteSpace(block.Tekst) || block.Punten.Any(p => !string.IsNullOrWhiteSpace(p)));

    private static CardBlock Trimmed(CardBlock block) => new()
    {
        Tekst = block.Tekst?.Trim(),
        Punten = block.Punten.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList(),
    };

    private static CardBlock? Points(IEnumerable<string>? points, string? text = null)
    {
        var list = (points ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        return list.Count == 0 && text is null ? null : new CardBlock { Tekst = text, Punten = list };
    }

    private static string Partner(Partner partner) =>
        string.Join(": ", new[] { partner.Naam, string.Join(", ", new[] { partner.Omschrijving, partner.Frequentie }.Where(t => t is { Length: > 0 })) }.Where(t => t.Length > 0));

    private static string Programme(Programme programme)
    {
        var detail = new List<string>();
        if (GroupsPhrase(programme.Groepen) is { } groups && programme.Groepen!.Trim() != "1-8")
        {
            detail.Add(groups);
        }

        if (programme.Frequentie is { Length: > 0 } often)
        {
            detail.Add(often);
        }

        return detail.Count == 0 ? programme.Naam : $"{programme.Naam} ({string.Join(", ", detail)})";
    }

    /// <summary>Pedagogisch-didactisch handelen: the pedagogical principles, then the rules and protocols the teachers use.</summary>
    private static CardBlock? Handling(SchoolData data)
    {
        var principles = data.Visie?.Uitgangspunten ?? [];
        var tools = data.Afspraken.Select(r => r.Titel)
            .Concat(data.Protocollen.Select(p => p.Naam))
            .ToList();
        if (principles.Count == 0 && tools.Count == 0)
        {
            return null;
        }

        var points = principles.Concat(tools.Count > 0 ? [$"Afspraken en protocollen: {DutchText.List(tools.Select(LowerFirst), lowerAfterFirst: true)}."] : []);
        return Points(points, principles.Count > 0 ? "Leerkrachten werken vanuit deze uitgangspunten:" : null);
    }

    /// <summary>Onderwijstijd en extra ondersteuning: the programmes with a set time, and the support team's rhythm.</summary>
    private static CardBlock? Support(SchoolData data)
    {
        var timed = data.Aanbod.Where(p => p.Frequentie is { Length: > 0 }).Select(p => $"{p.Naam}: {p.Frequentie}");
        return Points(timed, data.Aanbod.Any(p => p.Frequentie is { Length: > 0 }) ? "Tijd die de school vrijmaakt voor sociaal-emotionele ontwikkeling:" : null);
    }

    private static string Activity(Activity activity, SchoolYear year)
    {
        var when = When(activity.Wanneer, year);
        var who = activity.Wie is { Length: > 0 } w ? $", door de {LowerFirst(Vocabularies.Find(Vocabularies.Roles, w)?.Label ?? w)}" : "";
        var aim = activity.Doel is { Length: > 0 } d ? $", voor {LowerFirst(d)}" : "";
        return Sentence($"{activity.Wat} {when}{who}{aim}");
    }

    /// <summary>An activity that is itself an evaluation belongs to evalueren, not realiseren.</summary>
    private static bool Evaluates(Activity activity) => activity.Wat.Contains("evalu", StringComparison.OrdinalIgnoreCase);

    private static bool Monitors(Activity activity) => activity.Instrument is not null || activity.LeveringInspectie;

    /// <summary>Waarnemen &amp; begrijpen: analysing what the instruments and the incident registration show.</summary>
    private static CardBlock? Observing(SchoolData data)
    {
        var points = data.Instrumenten.Where(i => i.Soort != "gesprek").Select(i => $"Analyseren van de resultaten van de {InstrumentSentences.CommonName(i.Naam)}.").ToList();
        if (data.Incidentregistratie is not null)
        {
            points.Add("Analyseren van de geregistreerde incidenten.");
        }

        return Points(points);
    }

    /// <summary>Plannen: this year's monitoring moments, as the year plan schedules them.</summary>
    private static CardBlock? Planning(YearPlan plan, SchoolYear year)
    {
        var moments = plan.Activiteiten.Where(Monitors).Select(a => Activity(a, year)).ToList();
        return Points(moments, moments.Count > 0 ? $"In het jaarplan {year} staan deze momenten vast:" : null);
    }

    /// <summary>Realiseren: the year plan's activities; without them, carrying out the aanbod.</summary>
    private static CardBlock? Realising(SchoolData data, YearPlan plan, SchoolYear year)
    {
        var activities = plan.Activiteiten.Where(a => !Monitors(a) && !Evaluates(a)).Select(a => Activity(a, year)).ToList();
        if (activities.Count == 0 && data.Aanbod.Count > 0)
        {
            activities.Add($"Uitvoeren van het aanbod: {DutchText.List(data.Aanbod.Select(p => p.Naam), lowerAfterFirst: false)}.");
        }

        return Points(activities);
    }

    /// <summary>Evalueren: the year's evaluation, what the activities brought, the evaluation moments; else how the school evaluates.</summary>
    private static CardBlock? Evaluation(SchoolData data, YearPlan plan, SchoolYear year)
    {
        var points = plan.Activiteiten.Where(a => a.Evaluatie is { Length: > 0 }).Select(a => $"{a.Wat}: {LowerFirst(Sentence(a.Evaluatie!))}")
            .Concat(plan.Activiteiten.Where(Evaluates).Select(a => Activity(a, year)))
            .ToList();
        var text = plan.Evaluatie is { Length: > 0 } own ? own : points.Count == 0 ? data.Teksten?.Evaluatie : null;
        if (points.Count == 0 && text is null)
        {
            // Nothing written about evaluating: the yearly monitor is what the team evaluates.
            points.AddRange(data.Instrumenten.Where(i => i.SocialeVeiligheid).Select(i => $"Evalueren van de uitkomsten van de {InstrumentSentences.CommonName(i.Naam)} met het team."));
        }

        return Points(points, text is { Length: > 0 } ? text.Trim() : null);
    }

    private static CardBlock? Monitoring(SchoolData data, YearPlan plan, SchoolYear year)
    {
        var points = data.Instrumenten.Where(i => i.Soort != "gesprek").Select(Who).ToList();
        if (plan.Activiteiten.FirstOrDefault(a => a.LeveringInspectie) is { } delivery)
        {
            points.Add($"De resultaten van de monitor sociale veiligheid gaan {When(delivery.Wanneer, year)} naar de Inspectie.");
        }

        return Points(points);
    }

    /// <summary>"op 15 juni 2026", "in oktober 2025", "het hele jaar".</summary>
    private static string When(string text, SchoolYear year)
    {
        if (!SchoolMoment.TryParse(text, year, out var moment))
        {
            return "in " + text;
        }

        return moment.Date is null ? LowerFirst(moment.Display) : (moment.WholeMonth ? "in " : "op ") + moment.Display;
    }

    private static string Result(YearResult result) =>
        Sentence(result.Doel.TrimEnd('.') + (result.Uitkomst is { Length: > 0 } u ? ": " + LowerFirst(u) : "") + (result.Behaald is null ? "" : result.Behaald.Value ? " (behaald)" : " (niet behaald)"));
}
