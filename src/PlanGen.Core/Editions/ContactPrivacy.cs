using System.Reflection;
using PlanGen.Core.Model;

namespace PlanGen.Core.Editions;

/// <summary>
/// The public edition's rules for a person's contact details: name and e-mail are public, a
/// telephone number only with <c>telefoon_openbaar: ja</c> or when it is the school's general
/// number; <c>openbaar: nee</c> leaves out e-mail and telephone (name and role stay).
/// Applied where a template reads the value (<see cref="Templating.ModelView"/>): the model itself is never changed or copied.
/// </summary>
internal static class ContactPrivacy
{
    /// <summary>What the public edition shows of <paramref name="property"/> of <paramref name="node"/> (<paramref name="value"/> as read).</summary>
    public static object? Public(ModelNode node, PropertyInfo property, object? value, string? schoolPhone) => (node, property.Name) switch
    {
        (RoleAssignment p, nameof(RoleAssignment.Email)) => p.Openbaar ? value : null,
        (RoleAssignment p, nameof(RoleAssignment.Telefoon)) => PublicPhone(p.Openbaar, p.TelefoonOpenbaar, p.Telefoon, schoolPhone) is null ? null : value,
        (Contact c, nameof(Contact.Email)) => c.Openbaar ? value : null,
        (Contact c, nameof(Contact.Telefoon)) => PublicPhone(c.Openbaar, c.TelefoonOpenbaar, c.Telefoon, schoolPhone) is null ? null : value,
        _ => value,
    };

    private static string? PublicPhone(bool open, bool phoneOpen, string? phone, string? schoolPhone) =>
        open && (phoneOpen || SameNumber(phone, schoolPhone)) ? phone : null;

    /// <summary>Same digits, whatever the spaces, dashes or brackets.</summary>
    public static bool SameNumber(string? a, string? b)
    {
        var left = Digits(a);
        return left.Length > 0 && left == Digits(b);
    }

    private static string Digits(string? phone) => new((phone ?? "").Where(char.IsAsciiDigit).ToArray());
}
