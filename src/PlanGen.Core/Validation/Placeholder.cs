namespace PlanGen.Core.Validation;

/// <summary>
/// The mark <c>plangen new</c> puts on every example value a school must replace: the text starts with
/// "VUL IN", e.g. <c>naam: "VUL IN: naam van de anti-pestcoördinator"</c>. Visible in the YAML, in every
/// document and on the site, so it cannot pass unnoticed.
/// </summary>
public static class Placeholder
{
    public const string Mark = "VUL IN";

    public static bool Is(string? value) =>
        value is not null && value.TrimStart().StartsWith(Mark, StringComparison.OrdinalIgnoreCase);
}
