using PlanGen.Document.Fonts;

namespace PlanGen.Core.Tests;

/// <summary>Issue 20: text no shipped font can show is never left out of the PDF without a warning at its field.</summary>
public class UnshownCharactersTests
{
    private const string S = MinimalSchool.SchoolFile;

    [Fact]
    public void Hebrew_arabic_chinese_and_emoji_in_a_field_are_a_warning_naming_the_field_and_the_characters()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School
            .Replace("  naam: OBS Test\n", "  naam: OBS Test 🧭\n")
            .Replace("  evaluatie: Jaarlijks in juni.\n", "  evaluatie: \"Jaarlijks in juni: שלום, سلام en 一起.\"\n"));
        Assert.Equal(
        [
            $"{S}:2:9: waarschuwing PG0206: naam: het lettertype van de PDF (Noto Sans) heeft geen teken voor 🧭 (U+1F9ED); in de PDF ontbreken die tekens (Word, Markdown en de website tonen ze wel; schrijf de tekst zonder deze tekens, of zet een lettertype dat ze bevat in de map van het bestuur met huisstijl: lettertype_bestand)",
            $"{S}:27:14: waarschuwing PG0206: evaluatie: het lettertype van de PDF (Noto Sans) heeft geen teken voor ש (U+05E9), ל (U+05DC), ו (U+05D5), ם (U+05DD), س (U+0633), ل (U+0644), ا (U+0627), م (U+0645) en nog 2; in de PDF ontbreken die tekens (Word, Markdown en de website tonen ze wel; schrijf de tekst zonder deze tekens, of zet een lettertype dat ze bevat in de map van het bestuur met huisstijl: lettertype_bestand)",
        ], Checks.Lines(repo));
    }

    [Fact]
    public void Dutch_accents_ligatures_combining_marks_and_layout_characters_need_no_warning()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School
            .Replace("  evaluatie: Jaarlijks in juni.\n", "  evaluatie: \"Café, ruïne, coördinator, e\u0301, ﬁets, “juni” – € 5\u00A0,-\u200D\u2060\u00AD.\"\n"));
        Assert.Empty(Checks.Lines(repo));
    }

    [Theory]
    [InlineData("Noto Sans")]
    [InlineData("Arial")]
    [InlineData("Calibri")]
    public void Every_shipped_family_covers_dutch_text_and_none_covers_chinese_or_emoji(string lettertype)
    {
        var coverage = FontCoverage.Of(FontFiles.For(lettertype).Regular);
        Assert.Empty(coverage.Missing("Één kleine ruïne, ĳs, coördinatie: ‘één’ “twee” — € 5,- … • ©"));
        Assert.Equal("一起🧭".EnumerateRunes(), coverage.Missing("一起 🧭"));
    }
}
