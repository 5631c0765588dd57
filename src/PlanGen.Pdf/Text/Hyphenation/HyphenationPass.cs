namespace PlanGen.Pdf.Text.Hyphenation;

/// <summary>
/// Splits the words of a justified paragraph at the hyphenation points the Dutch patterns allow,
/// into syllable fragments marked <see cref="Fragment.Hyphen"/> (each a slice of the whole word's
/// shaping). Never hyphenated: words of <see cref="MinLetters"/> letters or fewer; anything that is
/// not letters only once leading and trailing punctuation is set aside (URLs, e-mail addresses,
/// numbers, "art.4c", words joined by a no-break space or non-breaking hyphen); link text; words in
/// capitals; and names: a capitalised word that does not start a sentence counts as a name.
/// </summary>
internal static class HyphenationPass
{
    /// <summary>Words of this many letters or fewer are never hyphenated.</summary>
    public const int MinLetters = 5;

    public static List<Fragment> Apply(List<Fragment> fragments)
    {
        List<Fragment>? result = null;
        for (var i = 0; i < fragments.Count; i++)
        {
            var f = fragments[i];
            var pieces = Eligible(fragments, i) ? Split(f) : null;
            if (pieces is null)
            {
                result?.Add(f);
                continue;
            }

            result ??= new List<Fragment>(fragments.Count + 16);
            if (result.Count == 0 && i > 0)
            {
                result.AddRange(fragments.Take(i));
            }

            result.AddRange(pieces);
        }

        return result ?? fragments;
    }

    /// <summary>The word itself without surrounding punctuation: (start, length) in the fragment's text.</summary>
    public static (int Start, int Length) Core(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    /// <summary>True when the patterns may be asked about fragment <paramref name="i"/> (see the class summary).</summary>
    public static bool Eligible(IReadOnlyList<Fragment> fragments, int i)
    {
        var f = fragments[i];
        if (f.Style.Link is not null)
        {
            return false;
        }

        var (start, length) = Core(f.Text);
        if (length <= MinLetters)
        {
            return false;
        }

        var word = f.Text.AsSpan(start, length);
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        if (InAddress(fragments, i))
        {
            return false; // "klachtenregeling" of https://www.bestuur.example/klachtenregeling
        }

        if (word.Length > 1 && char.IsUpper(word[1]))
        {
            return false; // VVE, KiVa, SEL-lessen: abbreviations and brand names
        }

        return !char.IsUpper(word[0]) || StartsSentence(fragments, i);
    }

    /// <summary>The fragments joined without a space around <paramref name="i"/> form a URL or e-mail address.</summary>
    private static bool InAddress(IReadOnlyList<Fragment> fragments, int i)
    {
        var first = i;
        while (first > 0 && !fragments[first - 1].SpaceAfter && !fragments[first - 1].HardBreak)
        {
            first--;
        }

        var last = i;
        while (last < fragments.Count - 1 && !fragments[last].SpaceAfter && !fragments[last].HardBreak)
        {
            last++;
        }

        if (first == last)
        {
            return false;
        }

        var word = string.Concat(Enumerable.Range(first, last - first + 1).Select(k => fragments[k].Text));
        return TextSegmenter.IsAddress(word, 0) || word.Contains('/');
    }

    private static bool StartsSentence(IReadOnlyList<Fragment> fragments, int i)
    {
        if (i == 0 || fragments[i - 1].HardBreak)
        {
            return true;
        }

        var previous = fragments[i - 1].Text.TrimEnd('"', '\'', ')', '\u201D', '\u2019', '*');
        return fragments[i - 1].SpaceAfter && previous.Length > 0 && previous[^1] is '.' or '!' or '?' or ':';
    }

    private static List<Fragment>? Split(Fragment f)
    {
        var (start, length) = Core(f.Text);
        var points = Hyphenator.Dutch.Points(f.Text.Substring(start, length));
        if (points.Length == 0)
        {
            return null;
        }

        var pieces = new List<Fragment>(points.Length + 1);
        var from = 0;
        foreach (var point in points.Select(p => p + start))
        {
            // A ligature across the point (f-fi) has no glyph boundary there: skip that point.
            if (f.Shaped.Slice(from, point) is not { } slice)
            {
                continue;
            }

            pieces.Add(new Fragment(f.Text[from..point], f.Style, slice) { BreakAfter = true, Hyphen = true });
            from = point;
        }

        if (pieces.Count == 0 || f.Shaped.Slice(from, f.Text.Length) is not { } tail)
        {
            return null;
        }

        pieces.Add(new Fragment(f.Text[from..], f.Style, tail) { BreakAfter = f.BreakAfter, SpaceAfter = f.SpaceAfter, HardBreak = f.HardBreak });
        return pieces;
    }
}
