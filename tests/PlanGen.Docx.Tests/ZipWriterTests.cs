using System.IO.Compression;
using System.Text;
using PlanGen.Docx.Packaging;

namespace PlanGen.Docx.Tests;

public sealed class ZipWriterTests
{
    private static readonly DateTimeOffset Time = new(2025, 8, 1, 13, 47, 58, TimeSpan.Zero);

    [Fact]
    public void Writes_the_bytes_ZipArchive_writes()
    {
        var entries = Entries();

        var ours = new MemoryStream();
        ZipWriter.Write(ours, entries, Time);

        Assert.Equal(ZipArchiveBytes(entries), ours.ToArray());
    }

    [Fact]
    public void A_part_written_again_gives_the_same_bytes_and_is_deflated_once()
    {
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"<w:t>{i * 7919 % 1000}</w:t>")));

        var first = CompressedParts.For(content);
        var second = CompressedParts.For(content);
        var third = CompressedParts.For((byte[])content.Clone());

        Assert.NotSame(first, second); // kept from its second sighting on
        Assert.Same(second, third);
        Assert.Equal(first.Compressed, third.Compressed);
        Assert.Equal(content, Inflate(third.Compressed));

        var entries = new[] { new ZipWriter.Entry("a.xml", content), new ZipWriter.Entry("b.xml", content) };
        var ours = new MemoryStream();
        ZipWriter.Write(ours, entries, Time);
        Assert.Equal(ZipArchiveBytes(entries), ours.ToArray());
    }

    [Fact]
    public void Every_entry_reads_back_with_its_content_and_time()
    {
        var entries = Entries();
        var ours = new MemoryStream();
        ZipWriter.Write(ours, entries, Time);

        using var zip = new ZipArchive(new MemoryStream(ours.ToArray()), ZipArchiveMode.Read);
        Assert.Equal(entries.Select(e => e.Name), zip.Entries.Select(e => e.FullName));
        foreach (var (entry, written) in zip.Entries.Zip(entries))
        {
            using var stream = entry.Open();
            var read = new MemoryStream();
            stream.CopyTo(read); // checks the CRC at the end
            Assert.Equal(written.Content, read.ToArray());
            Assert.Equal(new DateTime(2025, 8, 1, 13, 47, 58), entry.LastWriteTime.DateTime);
        }
    }

    private static ZipWriter.Entry[] Entries()
    {
        var random = new Random(19);
        var noise = new byte[70_000];
        random.NextBytes(noise);
        return
        [
            new("[Content_Types].xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Types>" + string.Concat(Enumerable.Repeat("<Default Extension=\"xml\"/>", 40)) + "</Types>")),
            new("word/leeg.xml", []),
            new("word/fonts/font.odttf", noise),
            new("word/één.xml", Encoding.UTF8.GetBytes("<w:t>één</w:t>")),
        ];
    }

    private static byte[] ZipArchiveBytes(IEnumerable<ZipWriter.Entry> entries)
    {
        var expected = new MemoryStream();
        using (var zip = new ZipArchive(expected, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                var created = zip.CreateEntry(entry.Name, CompressionLevel.Optimal);
                created.LastWriteTime = Time;
                using var stream = created.Open();
                stream.Write(entry.Content);
            }
        }

        return expected.ToArray();
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var deflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var result = new MemoryStream();
        deflate.CopyTo(result);
        return result.ToArray();
    }
}
