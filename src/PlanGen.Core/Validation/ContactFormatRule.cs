using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>E-mail addresses and web links must be usable, or the plan sends parents nowhere.</summary>
public sealed partial class ContactFormatRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var data = school.Data;
        foreach (var node in Contacts(data))
        {
            CheckEmail(node, diagnostics);
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
        if (email is not null && !EmailPattern().IsMatch(email.Trim()))
        {
            diagnostics.Error(node.LocationOf("email"), Codes.BadContact, $"'{email}' is geen geldig e-mailadres", "schrijf het als naam@school.example");
        }
    }

    private static void CheckLink(ModelNode node, string key, string? link, DiagnosticBag diagnostics)
    {
        if (link is not null && !(Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            diagnostics.Error(node.LocationOf(key), Codes.BadContact, $"'{link}' is geen geldig webadres", "begin met https://");
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
