using Xunit;
using System.Text;
using PlanGen.Pdf.Document;

namespace PlanGen.Pdf.Tests;

/// <summary>
/// Skia seeds the trailer /ID from the clock and writes it as hex or, when its bytes happen to be
/// printable, as a literal string. Both forms must come out the same for the same content.
/// </summary>
public class StableIdsTests
{
    private static byte[] Pdf(string id) => Encoding.Latin1.GetBytes($"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<</Size 2\n/ID [{id} {id}]>>\nstartxref\n9\n%%EOF\n");

    [Fact]
    public void Literal_trailer_ids_become_equal_and_keep_their_length()
    {
        var first = Pdf(@"(SG{\007\357\3254c\264y\3348AVnV)");
        var second = Pdf(@"(Xq\(\015\377\3004c\264y\33xxA9V)");
        Assert.Equal(first.Length, second.Length);
        var length = first.Length;

        StableIds.Apply(first);
        StableIds.Apply(second);

        Assert.Equal(length, first.Length);
        Assert.Equal(Encoding.Latin1.GetString(first), Encoding.Latin1.GetString(second));
        Assert.Matches(@"/ID \[\([0-9a-f]+\) \([0-9a-f]+\)\]", Encoding.Latin1.GetString(first));
    }

    [Fact]
    public void Literal_trailer_ids_of_any_length_become_the_same_hex_id()
    {
        const string Xmp = "<x>uuid:0123abcd-0000-1111-2222-333344445555</x>\n";
        byte[] Skia(string id) => Encoding.Latin1.GetBytes($"%PDF-1.4\n{Xmp}xref\ntrailer\n<</Size 2\n/ID [{id} {id}]>>\nstartxref\n9\n%%EOF\n");
        var first = StableIds.HexTrailerId(Skia(@"(ab\(c])"));
        var second = StableIds.HexTrailerId(Skia(@"(\001\002\003\004x)"));
        StableIds.Apply(first);
        StableIds.Apply(second);
        Assert.Equal(first, second);
        Assert.Matches(@"/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]>>", Encoding.Latin1.GetString(first));
    }
}
