namespace PlanGen.Core.Status;

/// <summary>What a body did with the plan; decides the wording and whether the plan counts as adopted.</summary>
public enum AdoptionStep
{
    /// <summary>Adopted ("vastgesteld") by the director, management or board.</summary>
    Vastgesteld,

    /// <summary>Consent of the MR ("instemming").</summary>
    Instemming,

    /// <summary>Advice ("advies"), e.g. of the MR on a part it has no consent right on.</summary>
    Advies,

    /// <summary>Sent to a body for information ("ter kennisname"), typically the board.</summary>
    Kennisname,

    /// <summary>Discussed with the team, pupils' or parents' council ("besproken").</summary>
    Besproken,
}
