namespace PlanGen.Html.Styles;

/// <summary>
/// The collapsible table of contents (<see cref="Page.TableOfContents"/>): below 62rem (phones,
/// tablets, where the list would fill the first screen) a closed &lt;details&gt; whose summary shows
/// "Inhoudsopgave" with a marker and opens with a tap or Enter; from 62rem, beside the text, and in
/// print it is always open and the summary is a plain heading. Kept apart from <see cref="BaseCss"/>.
/// </summary>
internal static class TocCss
{
    public const string Text = """
.inhoudsopgave summary{cursor:pointer;list-style-position:inside}
.inhoudsopgave summary h2{display:inline;margin:0}
.inhoudsopgave details[open]>summary{margin-bottom:.5rem}
.inhoudsopgave summary:focus-visible{outline:3px solid var(--link);outline-offset:2px}
@media (min-width:62rem){
.inhoudsopgave summary{cursor:default;list-style:none;pointer-events:none;margin-bottom:.5rem}
.inhoudsopgave summary::-webkit-details-marker{display:none}
.inhoudsopgave details::details-content{content-visibility:visible;display:block}
}
@media print{
.inhoudsopgave summary{list-style:none}
.inhoudsopgave summary::-webkit-details-marker{display:none}
.inhoudsopgave details::details-content{content-visibility:visible;display:block}
}

""";
}
