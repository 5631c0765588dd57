namespace PlanGen.Core.Files;

/// <summary>
/// Why a file could not be read or written, in Dutch, from the exception .NET gives (whose own text is
/// English): the user sees what is wrong with the path and what to do, never "interne fout".
/// </summary>
public static class IoFailure
{
    // Linux errno values; .NET puts the raw errno in HResult of an IOException on Unix.
    private const int NoPermission = 1;
    private const int Denied = 13;
    private const int Exists = 17;
    private const int NotAFolder = 20;
    private const int IsAFolder = 21;
    private const int Full = 28;
    private const int ReadOnly = 30;
    private const int QuotaExceeded = 122;

    /// <summary>True for the exceptions a file operation may throw because of the disk, the path or the rights.</summary>
    public static bool IsIo(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>What went wrong, e.g. "de schijf is vol".</summary>
    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "geen toestemming (de map of het bestand is alleen-lezen, vergrendeld of van een andere gebruiker)",
        DirectoryNotFoundException => "een map in het pad bestaat niet of is een bestand",
        FileNotFoundException => "het bestand bestaat niet",
        PathTooLongException => "het pad is te lang",
        IOException { HResult: Full or QuotaExceeded } => "de schijf is vol",
        IOException { HResult: ReadOnly } => "de schijf is alleen-lezen",
        IOException { HResult: NoPermission or Denied } => "geen toestemming (de map of het bestand is alleen-lezen, vergrendeld of van een andere gebruiker)",
        IOException { HResult: NotAFolder or Exists } => "een deel van het pad is een bestand waar een map moet staan",
        IOException { HResult: IsAFolder } => "op deze plek staat een map waar een bestand moet komen",
        _ => "het besturingssysteem weigert het lezen of schrijven",
    };

    /// <summary>What to do about it, for the hint of the diagnostic.</summary>
    public static string Hint(Exception e) => e is IOException { HResult: Full or QuotaExceeded }
        ? "maak ruimte vrij op de schijf en bouw opnieuw; eerder gemaakte bestanden zijn niet aangeraakt"
        : "controleer of de uitvoermap bestaat, een map is en beschrijfbaar is, en bouw opnieuw; eerder gemaakte bestanden zijn niet aangeraakt";
}
