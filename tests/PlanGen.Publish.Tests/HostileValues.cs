namespace PlanGen.Publish.Tests;

/// <summary>Hostile values for a school's YAML: markup, script links, SVG, bidi overrides, very long words.</summary>
public static class HostileValues
{
    public static readonly string LongWord = string.Concat(Enumerable.Repeat("Veiligheidscoördinatorenoverleg", 12));

    /// <summary>Free Markdown text, as a YAML block scalar body (indented four spaces).</summary>
    public static string Markdown => $"""
            <script>alert('tekst')</script>

            Klik [hier](javascript:alert(1)), [daar](JaVaScRiPt:alert(2)), [zo]( javascript:alert(3) ), [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==) of [vb](vbscript:msgbox(5)).
            Automatisch: <javascript:alert(6)> en www.example.com/<script>.

            <svg onload="alert(7)"><circle r="5"/></svg>

            Een <img src="x" onerror="alert(8)"> plaatje en ![beeld](javascript:alert(9)) en <a href="javascript:alert(10)">link</a>.

            <iframe src="https://kwaad.example"></iframe>

            {LongWord}

            Omgekeerd: abc{'\u202E'}fdp.exe{'\u202C'} en {'\u2066'}isolaat{'\u2069'} en {'\u200F'}rtl.

            | kop <script>x</script> | [t](javascript:alert(11)) |
            |---|---|
            | <svg/onload=alert(12)> | {LongWord} |
        """;

    /// <summary>A YAML addition for obs-t-kompas/school.yaml that uses the hostile values everywhere text goes.</summary>
    public static string Yaml => $$"""

        teksten:
          voorwoord: |
        {{Markdown}}
          preventie: "Tekst met \u202Eomgekeerd\u202C en <b onmouseover=alert(13)>vet</b>"

        partners:
          - naam: "<script>alert(14)</script> Partner {{LongWord}}"
            omschrijving: "[klik](javascript:alert(15))"
            website: "javascript:alert(16)"

        bijlagen:
          - titel: "Bijlage <svg onload=alert(17)>"
            link: "javascript:alert(18)"
            omschrijving: "\u202Egpj.exe"
          - titel: Data-bijlage
            link: "data:text/html,<script>alert(19)</script>"

        """;
}
