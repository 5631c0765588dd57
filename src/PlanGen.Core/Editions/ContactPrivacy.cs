using PlanGen.Core.Model;

namespace PlanGen.Core.Editions;

/// <summary>
/// The public edition's rules for a person's contact details: name and e-mail are public, a
/// telephone number only with <c>telefoon_openbaar: ja</c> or when it is the school's general
/// number; <c>openbaar: nee</c> leaves out e-mail and telephone (name and role stay).
/// </summary>
internal static class ContactPrivacy
{
    public static void Redact(ModelNode node, string? schoolPhone)
    {
        switch (node)
        {
            case RoleAssignment person:
                person.Email = person.Openbaar ? person.Email : null;
                person.Telefoon = PublicPhone(person.Openbaar, person.TelefoonOpenbaar, person.Telefoon, schoolPhone);
                break;
            case Contact contact:
                contact.Email = contact.Openbaar ? contact.Email : null;
                contact.Telefoon = PublicPhone(contact.Openbaar, contact.TelefoonOpenbaar, contact.Telefoon, schoolPhone);
                break;
        }
    }

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
