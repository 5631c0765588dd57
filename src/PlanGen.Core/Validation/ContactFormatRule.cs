using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>E-mail addresses and web links must be usable, or the plan sends parents nowhere.</summary>
internal sealed partial class ContactFormatRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var data = school.Data;
        foreach (var node in Contacts(data))
        {
            CheckEmail(node, diagnostics);
            CheckPhone(node, diagnostics);
        }
        CheckLink(data.School, "website", data.School.Website, diagnostics);
        if (data.Bestuur is { } board)
        {
            CheckLink(board, "website", board.Website, diagnostics);
            CheckLink(board, "privacyverklaring", board.Privacyverklaring, diagnostics);
            CheckLink(board, "toegankelijkheidsverklaring", board.Toegankelijkheidsverklaring, diagnostics);
        }
        foreach (var attachment in data.Bijlagen)
        {
            if (attachment.Link is { } link && !link.Contains("://", StringComparison.Ordinal))
            {
                continue; // a relative path to a document beside the plan
            }
            CheckLink(attachment, "link", attachment.Link, diagnostics);
        }
    }

    private static IEnumerable<ModelNode> Contacts(SchoolData data) =>
        data.Rollen.Cast<ModelNode>().Concat(data.ExterneVertrouwenspersonen).Append(data.School).Concat(data.Bestuur is { } board ? [board] : []).Concat(data.Privacy?.Fg is { } fg ? [fg] : []);

    private static void CheckEmail(ModelNode node, DiagnosticBag diagnostics)
    {
        var email = node switch
        {
            RoleAssignment r => r.Email,
            Contact c => c.Email,
            SchoolInfo s => s.Email,
            BoardInfo b => b.Email,
            _ => null,
        };
        // A placeholder of plangen new gets its own message (PG0150).
        if (email is not null && !Placeholder.Is(email) && !EmailPattern().IsMatch(email.Trim()))
        {
            diagnostics.Error(node.LocationOf("email"), Codes.BadContact, $"'{email}' is geen geldig e-mailadres", "schrijf het als naam@school.example");
        }
    }

    /// <summary>A letter in a phone number is a typo (O for 0) or a remark that belongs elsewhere; both reach parents as printed.</summary>
    private static void CheckPhone(ModelNode node, DiagnosticBag diagnostics)
    {
        var phone = node switch
        {
            RoleAssignment r => r.Telefoon,
            Contact c => c.Telefoon,
            SchoolInfo s => s.Telefoon,
            _ => null,
        };
        if (phone is null || PhonePattern().IsMatch(phone.Trim()))
        {
            return;
        }
        var letter = LetterForDigit().Match(phone);
        var message = letter.Success
            ? $"'{phone}' bevat de letter {letter.Groups["letter"].Value} tussen de cijfers; bedoel je het cijfer {(char.ToUpperInvariant(letter.Groups["letter"].Value[0]) == 'O' ? "0" : "1")}?"
            : $"'{phone}' is geen telefoonnummer: er staan letters of tekst in";
        diagnostics.Warning(node.LocationOf("telefoon"), Codes.BadPhone, message,
            "schrijf alleen cijfers, spaties, '-' en '+', bijvoorbeeld 030-123 45 67; zet uitleg in functie: of toelichting:");
    }

    private static void CheckLink(ModelNode node, string key, string? link, DiagnosticBag diagnostics)
    {
        if (link is not null && !Placeholder.Is(link) && !(Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            diagnostics.Error(node.LocationOf(key), Codes.BadContact, $"'{link}' is geen geldig webadres", "begin met https://");
        }
    }

    [GeneratedRegex(@"^\+?[\d][\d \-()./]*\d$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?:^|(?<=[\d\s\-+(]))(?<letter>[OoIl])(?=[\d\s\-])|(?<=\d)(?<letter>[OoIl])")]
    private static partial Regex LetterForDigit();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
