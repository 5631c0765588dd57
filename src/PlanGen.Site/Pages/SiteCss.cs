namespace PlanGen.Site.Pages;

/// <summary>The few rules the site pages add to the document pages' stylesheet.</summary>
internal static class SiteCss
{
    public const string Text = """
.site .pagina{grid-template-columns:minmax(0,1fr);gap:1rem}
.site main>section:first-child>h2:first-child{margin-top:.5rem}
.heel{white-space:nowrap}
.kruimelpad ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .5rem}
.kruimelpad li{margin:0}
.kruimelpad li+li::before{content:"›";margin-right:.5rem;color:#555555}
.bestuur{margin:0 0 2.5rem;border-top:.4rem solid var(--bestuur,var(--accent));padding-top:.75rem}
.bestuur-kop{display:flex;align-items:center;gap:1rem;margin:0 0 1rem}
.bestuur-kop h2{margin:0}
.bestuur-logo{height:3rem;width:auto}
.scholen{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,18rem),1fr));gap:1rem}
.scholen>li{margin:0;border:1px solid #BDBDBD;border-left:.4rem solid var(--bestuur,var(--accent));border-radius:.5rem;padding:.75rem 1rem}
.scholen h3{margin:0 0 .25rem;font-size:1.2rem}
.scholen p{margin:0}
.jaar{margin:0 0 2.5rem}
.gegevens{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.25rem 1rem;margin:0 0 1rem}
.gegevens dt{font-weight:700}
.gegevens dd{margin:0}
.documenten{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,22rem),1fr));gap:1rem}
.document{border:1px solid #BDBDBD;border-radius:.5rem;padding:1rem 1.25rem;background:#FAFAFA}
.document h3{margin:0 0 .5rem}
.document p{margin:0 0 .5rem}
.downloads{list-style:none;margin:0;padding:0}
.downloads li{margin:.3rem 0}
.label-concept{display:inline-block;font-size:.8em;font-weight:700;text-transform:uppercase;letter-spacing:.05em;color:#5D4037;background:#FFF3CD;border:1px solid #8D6E63;border-radius:.25rem;padding:0 .4em;vertical-align:middle}
.contact{font-style:normal;margin:0 0 .5rem}
.contact p{margin:0}
.voet-links{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem}
.voet-links li{margin:0}
@media print{.kruimelpad{display:none}}
""";
}
