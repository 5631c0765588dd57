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
    public const string PlainTextLayout = "PG0006";
    public const string OutsideRepository = "PG0007";
    public const string WriteFailed = "PG0008";
    public const string DuplicateSchool = "PG0009";

    public const string UnknownKey = "PG0101";
    public const string WrongType = "PG0102";
    public const string RequiredMissing = "PG0103";
    public const string BadDate = "PG0104";
    public const string BadValue = "PG0105";
    public const string BadSchoolYear = "PG0106";
    public const string BadContact = "PG0107";
    public const string BadPhone = "PG0108";

    public const string UnknownReference = "PG0201";
    public const string BadAssetPath = "PG0202";
    public const string LargeAsset = "PG0203";
    public const string BadFontFile = "PG0204";
    public const string UnknownFont = "PG0205";
    public const string UnshownCharacters = "PG0206";

    public const string NoAntiPestCoordinator = "PG0301";
    public const string NoAanspreekpuntPesten = "PG0302";
    public const string NoPupilMonitoring = "PG0303";
    public const string NoVertrouwenspersoon = "PG0304";
    public const string NoKlachtenregeling = "PG0305";
    public const string RoleWithoutContact = "PG0306";
    public const string PolicyScope = "PG0307";
    public const string NoMonitoringMoment = "PG0308";
    public const string NoDeliveryConsent = "PG0309";
    public const string NoDeliveryBeforeJuly = "PG0310";
    public const string ComplaintsIncomplete = "PG0311";
    public const string NoSexualOffenceProtocol = "PG0312";
    public const string NoMeldcode = "PG0313";
    public const string WrongInspectorsNumber = "PG0314";

    public const string NoAandachtsfunctionaris = "PG0320";
    public const string NoIncidentRegistration = "PG0321";
    public const string UnknownProvider = "PG0322";
    public const string ArboIncomplete = "PG0323";
    public const string NoDataProtectionOfficer = "PG0324";
    public const string NoYearlyEvaluation = "PG0325";
    public const string NoSafetyCoordinator = "PG0326";
    public const string NoStaffMonitor = "PG0327";

    public const string GroupsOutOfRange = "PG0130";
    public const string ConflictingContact = "PG0131";
    public const string MissingAttachment = "PG0132";
    public const string AdoptionOutdated = "PG0133";

    public const string AdoptedVersionBehind = "PG0140";

    public const string Placeholder = "PG0150";

    public const string OutlinePartTwice = "PG0160";
    public const string OutlineDutyLeftOut = "PG0161";
    public const string OutlineDataLeftOut = "PG0162";
    public const string OutlineEmpty = "PG0163";
    public const string HeadingInText = "PG0164";

    public const string TemplateError = "PG0401";
    public const string WriterFailed = "PG0410";

    // The document dialect's own checks (PlanGen.Document.DocumentCodes), reported at the template's line.
    public const string UnknownContainer = PlanGen.Document.DocumentCodes.UnknownContainer;

    public const string SecondTitle = PlanGen.Document.DocumentCodes.SecondTitle;

    public const string UnresolvedAnchor = PlanGen.Document.DocumentCodes.UnresolvedAnchor;

    public const string UnknownPhase = PlanGen.Document.DocumentCodes.UnknownPhase;
}
