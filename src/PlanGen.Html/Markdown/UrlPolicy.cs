using PlanGen.Document;

namespace PlanGen.Html.Markdown;

/// <summary>Which link targets become real links: the writers' shared <see cref="LinkPolicy"/>.</summary>
internal static class UrlPolicy
{
    public static bool IsAllowed(string? url) => LinkPolicy.IsAllowed(url);
}
