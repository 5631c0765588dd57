using System.Collections.Concurrent;
using System.Text;

namespace PlanGen.Pdf.Text.Hyphenation;

/// <summary>
/// Frank Liang's hyphenation algorithm over the Dutch patterns of OpenTaal (hyph_nl_NL.dic, shipped
/// in this folder with its licence; the build needs no system package). A point is allowed where the
/// highest digit the matching patterns put between two letters is odd, and not within
/// <see cref="LeftMin"/> letters of the start or <see cref="RightMin"/> of the end.
/// </summary>
internal sealed class Hyphenator
{
    public const int LeftMin = 2;
    public const int RightMin = 3;

    private static readonly Lazy<Hyphenator> DutchInstance = new(() => Load("hyph_nl_NL.dic"));

    private readonly Dictionary<string, byte[]> patterns;
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int longest;
    private readonly ConcurrentDictionary<string, int[]> cache = new(StringComparer.Ordinal);

    private Hyphenator(Dictionary<string, byte[]> patterns)
    {
        this.patterns = patterns;
        lookup = patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        longest = patterns.Keys.Max(k => k.Length);
    }

    public static Hyphenator Dutch => DutchInstance.Value;

    public int PatternCount => patterns.Count;

    /// <summary>
    /// Positions (1..length-1) before which <paramref name="word"/> may be hyphenated; the word is
    /// matched in lower case and must consist of letters only.
    /// </summary>
    public int[] Points(string word)
    {
        if (word.Length < LeftMin + RightMin)
        {
            return [];
        }

        return cache.GetOrAdd(word, Compute);
    }

    private int[] Compute(string word)
    {
        var text = "." + word.ToLowerInvariant() + ".";
        var values = new byte[text.Length + 1];
        var span = text.AsSpan();
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 1; length <= longest && start + length <= text.Length; length++)
            {
                if (lookup.TryGetValue(span.Slice(start, length), out var digits))
                {
                    for (var k = 0; k < digits.Length; k++)
                    {
                        values[start + k] = Math.Max(values[start + k], digits[k]);
                    }
                }
            }
        }

        // values[i] sits before text[i]; text[i] is word[i - 1], so a break before word[p] is values[p + 1].
        var points = new List<int>();
        for (var p = LeftMin; p <= word.Length - RightMin; p++)
        {
            if (values[p + 1] % 2 == 1)
            {
                points.Add(p);
            }
        }

        return [.. points];
    }

    private static Hyphenator Load(string name)
    {
        using var stream = typeof(Hyphenator).Assembly.GetManifestResourceStream("PlanGen.Pdf.Text.Hyphenation." + name)
            ?? throw new InvalidOperationException($"Embedded hyphenation patterns {name} are missing.");
        using var reader = new StreamReader(stream, Encoding.Latin1);
        reader.ReadLine(); // the charset line, "ISO8859-1"
        var patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('%') || line.Contains('/', StringComparison.Ordinal) || char.IsUpper(line[0]))
            {
                continue; // comments, non-standard patterns and keywords (none in the Dutch file)
            }

            var letters = new StringBuilder();
            var digits = new List<byte> { 0 };
            foreach (var c in line)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits[^1] = (byte)(c - '0');
                }
                else
                {
                    letters.Append(c);
                    digits.Add(0);
                }
            }

            patterns[letters.ToString()] = [.. digits];
        }

        return new Hyphenator(patterns);
    }
}
