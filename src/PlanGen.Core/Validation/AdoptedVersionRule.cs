using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;
using PlanGen.Core.Status;

namespace PlanGen.Core.Validation;

/// <summary>
/// The newest year plan's version has been adopted. Deterministic: only the data counts, never dates of
/// files or git. Applies once a school records versions (some vaststelling has versie:); the adoptions for
/// a year are those with that schooljaar:, or without one and dated inside it. The warning fires when none
/// of them has a versie at least the plan's versie, i.e. the plan changed (its versie went up) after its
/// last adoption, or the new year's plan was never adopted.
/// </summary>
internal sealed class AdoptedVersionRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var adoptions = school.Data.Vaststelling;
        if (!adoptions.Any(a => !string.IsNullOrWhiteSpace(a.Versie)))
        {
            return;
        }
        var plan = school.Years.Where(p => SchoolYear.TryParse(p.Schooljaar, out _)).MaxBy(p => p.Schooljaar, StringComparer.Ordinal);
        if (plan is null || !SchoolYear.TryParse(plan.Schooljaar, out _))
        {
            return;
        }
        var version = plan.Versie ?? "1.0";
        var forYear = AdoptionYear.For(adoptions, plan.Schooljaar.Trim());
        if (forYear.Any(a => a.Versie is { } v && VersionOrder.Compare(v, version) >= 0))
        {
            return;
        }
        var last = forYear.Where(a => a.Versie is not null).MaxBy(a => a.Datum);
        var message = last is null
            ? $"versie {version} van het jaarplan {plan.Schooljaar} is nog niet vastgesteld"
            : $"het jaarplan {plan.Schooljaar} is gewijzigd na de laatste vaststelling: versie {version}, vastgesteld is versie {last.Versie} ({last.Datum:yyyy-MM-dd})";
        diagnostics.Warning(plan.LocationOf("versie"), Codes.AdoptedVersionBehind, message,
            $"laat het plan vaststellen en leg het vast met: plangen vaststellen {school.SchoolId} --orgaan MR --datum JJJJ-MM-DD --versie {version}");
    }
}

/// <summary>Compares version texts number by number ("2.10" after "2.9"); other text compares as text.</summary>
internal static class VersionOrder
{
    public static int Compare(string a, string b)
    {
        var left = a.Trim().Split('.');
        var right = b.Trim().Split('.');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var x = i < left.Length ? left[i] : "0";
            var y = i < right.Length ? right[i] : "0";
            var order = int.TryParse(x, out var nx) && int.TryParse(y, out var ny) ? nx.CompareTo(ny) : string.CompareOrdinal(x, y);
            if (order != 0)
            {
                return order;
            }
        }
        return 0;
    }
}
