namespace PlanGen.Html.Styles;

/// <summary>The fixed CSS rules. Colours come in as custom properties (see <see cref="StyleSheet"/>).</summary>
internal static class BaseCss
{
    public const string FontStack =
        "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"Liberation Sans\",Arial,sans-serif";

    public const string Text = """
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:var(--font);font-size:1.0625rem;line-height:1.6;color:#1F1F1F;background:#FFFFFF}
header,main,footer,nav{overflow-wrap:break-word}
main{hyphens:auto;-webkit-hyphens:auto}
a[href],code,pre,th,td,h1,h2,h3,h4{hyphens:manual;-webkit-hyphens:manual}
.nb{white-space:nowrap}
h1,h2,h3,h4,h5,h6{line-height:1.25;margin:1.75em 0 .5em}
h2{font-size:1.625rem;color:var(--accent);border-bottom:2px solid var(--accent-tint);padding-bottom:.25rem}
h3{font-size:1.3rem}
h4{font-size:1.1rem}
p,ul,ol,blockquote,table,pre,aside{margin:0 0 1rem}
li{margin:.2rem 0}
li>ul,li>ol{margin:.2rem 0 0}
a{color:var(--link);text-decoration:underline;text-underline-offset:.15em}
a:hover{text-decoration-thickness:.15em}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid #0B0C0C;outline-offset:2px;background:#FFDD00;color:#0B0C0C;box-shadow:0 0 0 6px #FFFFFF}
main:focus{outline:none}
.skiplink{position:absolute;left:1rem;top:-100rem;z-index:10;padding:.75rem 1rem;background:#FFDD00;color:#0B0C0C;font-weight:700}
.skiplink:focus{top:1rem}
.kop{background:var(--accent);color:#FFFFFF}
.kop-binnen,.pagina,.voet-binnen{max-width:78rem;margin:0 auto;padding:1.5rem 1rem}
.kop-binnen{display:flex;flex-wrap:wrap;align-items:center;gap:1rem 1.5rem}
.logo{display:block;height:5rem;width:auto;max-width:100%;background:#FFFFFF;padding:.5rem;border-radius:.5rem}
.kop-tekst{flex:1 1 18rem;min-width:0}
.kop h1{margin:.1rem 0 .25rem;font-size:clamp(1.75rem,4.5vw,2.75rem);color:#FFFFFF}
.kop p{margin:0}
.school{font-size:1.2rem;font-weight:700}
.ondertitel{font-size:1.2rem}
.vaststelling{list-style:none;margin:.5rem 0 0;padding:0;font-size:.95rem}
.pagina{display:grid;gap:2rem;grid-template-columns:minmax(0,1fr)}
.inhoudsopgave{border:1px solid #D0D0D0;border-radius:.5rem;padding:1rem 1.25rem;background:#FAFAFA;align-self:start}
.inhoudsopgave h2{margin:0 0 .5rem;font-size:1.15rem;border:0;padding:0;color:#1F1F1F}
.inhoudsopgave ul{list-style:none;margin:0;padding:0}
.inhoudsopgave ul ul{padding-left:1rem;font-size:.95rem}
.inhoudsopgave li{margin:.35rem 0}
main{min-width:0}
main>:first-child{margin-top:0}
main p,main li{max-width:75ch}
.tabel{overflow-x:auto;margin:0 0 1rem;background:linear-gradient(to right,#FFFFFF 30%,rgba(255,255,255,0)) left/2.5rem 100% no-repeat local,linear-gradient(to left,#FFFFFF 30%,rgba(255,255,255,0)) right/2.5rem 100% no-repeat local,radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.3),transparent) left/.9rem 100% no-repeat scroll,radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.3),transparent) right/.9rem 100% no-repeat scroll}
.tabel>table{margin:0}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #BDBDBD;padding:.45rem .6rem;text-align:left;vertical-align:top;overflow-wrap:normal}
thead th{background:var(--accent-tint)}
tbody tr:nth-child(even) td{background:rgba(0,0,0,.035)}
.midden{text-align:center}
.rechts{text-align:right}
blockquote{border-left:.3rem solid #8A8A8A;padding:.25rem 1rem;font-style:italic;color:#333333}
aside.kader{border-left:.4rem solid var(--accent);background:var(--accent-tint);padding:1rem 1.25rem;border-radius:.25rem}
aside.kader>:last-child{margin-bottom:0}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#F3F3F3;padding:.75rem;border-radius:.25rem;font-size:.9rem}
.kaart-pagina{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,17rem),1fr));gap:1rem;margin:0 0 2.5rem}
.kaart-pagina>h2{grid-column:1/-1;margin:0}
.blok{--fase:var(--accent);--fase-tint:var(--accent-tint);min-width:0;background:var(--fase-tint);border:2px solid var(--fase);border-radius:.5rem;padding:0 1rem .25rem}
.fase-visie{--fase:var(--fase-visie);--fase-tint:var(--fase-visie-tint)}
.fase-plan{--fase:var(--fase-plan);--fase-tint:var(--fase-plan-tint)}
.fase-do{--fase:var(--fase-do);--fase-tint:var(--fase-do-tint)}
.fase-check{--fase:var(--fase-check);--fase-tint:var(--fase-check-tint)}
.fase-act{--fase:var(--fase-act);--fase-tint:var(--fase-act-tint)}
.blok>h3:first-child{margin:0 -1rem .75rem;padding:.5rem 1rem;background:var(--fase);color:#FFFFFF;font-size:1.15rem;font-weight:700;border-radius:.3rem .3rem 0 0}
.blok ul,.blok ol{padding-left:1.25rem}
.voet{border-top:4px solid var(--accent);background:#F3F3F3;margin-top:2rem}
.voet p{margin:0 0 .25rem}
@media (max-width:30rem){
.tabel{overflow:visible;background:none}
.tabel table,.tabel tbody,.tabel tr,.tabel td{display:block;width:100%}
.tabel thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.tabel tr{border:1px solid #BDBDBD;border-radius:.35rem;margin:0 0 .75rem;padding:.25rem .6rem}
.tabel td{border:0;border-bottom:1px solid #E4E4E4;padding:.35rem 0;background:none}
.tabel td:last-child{border-bottom:0}
.tabel td[data-kop]::before{content:attr(data-kop);display:block;font-weight:700;font-size:.85em;color:#4A4A4A}
.tabel tbody tr:nth-child(even) td{background:none}
}
@media (min-width:62rem){
.pagina{grid-template-columns:16rem minmax(0,1fr)}
.inhoudsopgave{position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto}
}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:10.5pt;line-height:1.45;color:#000000}
.skiplink{display:none}
.kop-binnen,.pagina,.voet-binnen{max-width:none;padding:0}
.kop{padding:8mm}
.pagina{display:block;margin-top:6mm}
.inhoudsopgave{position:static;max-height:none;overflow:visible;background:none;border:0;padding:0}
.tabel{overflow:visible}
a{color:inherit;text-decoration:none}
main a[href]:not([href^="#"]):not([href^="mailto:"]):not([href^="tel:"]):not(.adres)::after{content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}
h2,h3,h4{break-after:avoid}
tr,li,blockquote,aside,.blok{break-inside:avoid}
thead{display:table-header-group}
.voet{background:none;margin-top:6mm}
}

""";

    /// <summary>Plan: portrait A4, the TOC on its own page, each chapter (## at top level) on a new page.</summary>
    public const string PrintPlan = """
@page{size:A4 portrait;margin:18mm 16mm}
@media print{
.inhoudsopgave{break-after:page}
main>h2{break-before:page}
}

""";

    /// <summary>Kwaliteitskaart: landscape A4, one kaart-pagina per sheet, three blocks a row, no TOC.</summary>
    public const string PrintKaart = """
@page{size:A4 landscape;margin:9mm}
@media print{
.inhoudsopgave{display:none}
.kop{padding:4mm 8mm}
.logo{height:14mm}
.kaart-pagina{grid-template-columns:repeat(3,minmax(0,1fr));gap:4mm;break-after:page}
.kaart-pagina:last-child{break-after:auto}
.blok{font-size:9pt}
}

""";

    /// <summary>
    /// The kwaliteitskaart laid out as the PDF's sides (CardSides): parts side by side in their share,
    /// blocks in the PDF's columns, the cycle with its figure; each side prints on one landscape sheet
    /// at the PDF's text size, with its own banner; the page header and footer give way on paper.
    /// </summary>
    public const string CardSides = """
.kaart-zijde{margin:0 0 2rem}
.kaart-delen{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
.kaart-delen>.kaart-pagina{display:block;flex:var(--deel) 1 20rem;min-width:0;margin:0}
.kaart-delen>.kaart-pagina>h2{margin:0 0 .5rem}
.kolommen{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-start}
.kolom{flex:1 1 14rem;min-width:0;display:flex;flex-direction:column;gap:.75rem}
.cyclus{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,var(--naast));grid-template-areas:"ring naast" "planning naast";grid-template-rows:auto 1fr;gap:.75rem;align-items:start}
.ring{grid-area:ring;min-width:0;display:grid;grid-template-columns:minmax(0,1fr) 2.4rem minmax(0,1fr);gap:.4rem;align-items:start}
.plek-waarnemen{grid-area:1/1}.pijl-rechts{grid-area:1/2}.plek-plannen{grid-area:1/3}
.pijl-omhoog{grid-area:2/1}.cyclus-figuur{grid-area:2/2}.pijl-omlaag{grid-area:2/3}
.plek-evalueren{grid-area:3/1}.pijl-links{grid-area:3/2}.plek-realiseren{grid-area:3/3}
.pijl{display:block;align-self:center;text-align:center;color:#6E6E6E;font-weight:700;font-size:1.3rem;line-height:1}
.cyclus-figuur{justify-self:center;align-self:center;width:3rem;height:3rem}
.naast{grid-area:naast;min-width:0;display:flex;flex-direction:column;gap:.75rem}
.plek-planning{grid-area:planning;min-width:0}
@media (max-width:50rem){.cyclus{display:block}.naast,.plek-planning{margin-top:.75rem}}
.kaart-kop{display:none}
.kaart-legenda{font-size:.85rem;color:#4A4A4A;max-width:none}
.legenda{margin-right:.75rem;white-space:nowrap}
.legenda .vlak{display:inline-block;width:.75em;height:.75em;background:var(--fase);margin-right:.3em;vertical-align:-.05em}
.partners{margin-left:.5rem}
@media print{
body.kaart-gepland>.kop,body.kaart-gepland .voet,body.kaart-gepland .skiplink{display:none}
body.kaart-gepland .pagina{margin:0}
.kaart-zijde{margin:0;break-after:page;break-inside:avoid}
.kaart-zijde:last-child{break-after:auto}
.kaart-kop{display:flex;flex-wrap:wrap;align-items:center;column-gap:4mm;background:var(--accent);color:#FFFFFF;padding:2mm 4mm;margin:0 0 2.5mm;border-radius:1.5mm}
.kaart-kop p{margin:0;font-size:8pt;flex:1 1 60%}
.kaart-kop .kaart-titel{font-size:14pt;font-weight:700;flex-basis:80%}
.kaart-kop .klein{font-size:7pt}
.kaart-kop .logo{order:2;height:11mm;width:auto;background:#FFFFFF;border-radius:1mm;padding:.5mm}
.kaart-delen{flex-wrap:nowrap;gap:3mm}
.kaart-delen>.kaart-pagina{flex:var(--deel) 1 0;font-size:calc(10pt * var(--schaal));line-height:1.15;break-after:auto}
.kaart-delen>.kaart-pagina>h2{font-size:11.5pt;margin:0 0 1.5mm;break-after:avoid}
.kolommen{flex-wrap:nowrap;gap:2.5mm}
.kolom{flex:1 1 0;gap:2.5mm}
.cyclus{display:grid;gap:2.5mm}
.ring{grid-template-columns:minmax(0,1fr) 7mm minmax(0,1fr);gap:1mm}
.naast{gap:2.5mm}
.pijl{font-size:9pt}
.plek-planning>.pijl{line-height:.9}
.cyclus-figuur{width:7mm;height:7mm}
.kaart-zijde .blok{font-size:1em;padding:0 2mm 1mm;border-width:1px;border-radius:1.5mm}
.kaart-zijde .blok>h3:first-child{font-size:1.1em;padding:1mm 2mm;margin:0 -2mm 1.2mm;border-radius:1mm 1mm 0 0}
.kaart-zijde .blok p,.kaart-zijde .blok ul,.kaart-zijde .blok ol{margin:0 0 1mm}
.kaart-zijde .blok ul,.kaart-zijde .blok ol{padding-left:1.1em}
.kaart-zijde .blok li{margin:0 0 .4mm}
.kaart-legenda{font-size:7pt;margin:1.5mm 0 0;max-width:none}
}

""";
}
