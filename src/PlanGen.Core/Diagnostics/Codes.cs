namespace PlanGen.Core.Diagnostics;

/// <summary>
/// Every diagnostic code in one place, so docs/validatieregels.md and the code agree.
/// PG00xx: reading files; PG01xx: form of the data; PG02xx: references; PG03xx: legal completeness;
/// PG04xx: templates.
/// </summary>
public static class Codes
{
    public const string YamlSyntax = "PG0001";
    public const string DuplicateKey = "PG0002";
    public const string InputLimit = "PG0003";
    public const string UnreadableFile = "PG0004";
    public const string MissingFile = "PG0005";

    public const string UnknownKey = "PG0101";
    public const string WrongType = "PG0102";
    public const string RequiredMissing = "PG0103";
    public const string BadDate = "PG0104";
    public const string BadValue = "PG0105";
    public const string BadSchoolYear = "PG0106";
    public const string BadContact = "PG0107";

    public const string UnknownReference = "PG0201";
    public const string BadAssetPath = "PG0202";

    public const string NoAntiPestCoordinator = "PG0301";
    public const string NoAanspreekpuntPesten = "PG0302";
    public const string NoPupilMonitoring = "PG0303";
    public const string NoVertrouwenspersoon = "PG0304";
    public const string NoKlachtenregeling = "PG0305";
    public const string RoleWithoutContact = "PG0306";

    public const string TemplateError = "PG0401";
}
