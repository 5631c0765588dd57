using PlanGen.Core.Binding;

namespace PlanGen.Lifecycle.Rollover;

/// <summary>What happens to one activity when the year rolls over.</summary>
public enum ActivityFate
{
    /// <summary>Recurring or a monitoring moment: new date, status gepland, evaluation emptied.</summary>
    Recurring,

    /// <summary>Unfinished one-off (gepland, bezig, uitgesteld): carried over with its status and a comment.</summary>
    CarriedOver,

    /// <summary>Finished one-off (afgerond, vervallen): left behind in last year's plan.</summary>
    Dropped,
}

public static class ActivityFates
{
    public static ActivityFate Of(bool recurring, bool hasInstrument, string? status)
    {
        if (recurring || hasInstrument)
        {
            return ActivityFate.Recurring;
        }
        var id = status is null ? "gepland" : Vocabularies.Find(Vocabularies.ActivityStatus, status)?.Id ?? "gepland";
        return id is "afgerond" or "vervallen" ? ActivityFate.Dropped : ActivityFate.CarriedOver;
    }
}
