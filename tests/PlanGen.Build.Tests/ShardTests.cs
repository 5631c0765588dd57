using PlanGen.Core.Building.Incremental;

namespace PlanGen.Build.Tests;

/// <summary>--shard i/n: stable parts whose union is exactly a full build.</summary>
public class ShardTests
{
    [Fact]
    public void The_union_of_the_shards_is_a_full_build_byte_for_byte()
    {
        using var repo = new SyntheticRepository(schools: 9, boards: 3);
        repo.Build("full", writers: SyntheticRepository.AllFormats);
        var union = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 1; i <= 3; i++)
        {
            var results = repo.Build($"deel-{i}", new Shard(i, 3), writers: SyntheticRepository.AllFormats);
            Assert.All(results, r => Assert.Equal(i, Shard.Of(r.School, 3)));
            foreach (var (path, bytes) in SyntheticRepository.Files(repo.Path($"deel-{i}")))
            {
                Assert.True(union.TryAdd(path, bytes), $"{path} is in two shards");
            }
        }
        var full = SyntheticRepository.Files(repo.Path("full"));
        Assert.Equal(full.Keys, union.Keys);
        Assert.All(full, f => Assert.True(f.Value.AsSpan().SequenceEqual(union[f.Key]), f.Key));
        Assert.Contains(full.Keys, k => k.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [Fact]
    public void A_school_stays_in_its_shard_whatever_else_exists()
    {
        // Fixed values: changing the hash would move every school between CI jobs at once.
        Assert.Equal(Shard.Of("stichting-horizon/ikc-de-buitenhof", 8), Shard.Of("stichting-horizon/ikc-de-buitenhof", 8));
        Assert.Equal(ExpectedShard("stichting-horizon/ikc-de-buitenhof", 8), Shard.Of("stichting-horizon/ikc-de-buitenhof", 8));
        var counts = Enumerable.Range(0, 1000).GroupBy(i => Shard.Of($"bestuur-{i % 20}/school-{i}", 8)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enumerable.Range(1, 8), counts.Keys.Order());
        Assert.All(counts.Values, c => Assert.InRange(c, 80, 170));
    }

    [Theory]
    [InlineData("2/8", true)]
    [InlineData("1/1", true)]
    [InlineData("0/8", false)]
    [InlineData("9/8", false)]
    [InlineData("2-8", false)]
    [InlineData("a/b", false)]
    public void Shards_are_written_as_index_slash_count(string text, bool valid)
    {
        Assert.Equal(valid, Shard.TryParse(text, out _, out var problem));
        Assert.Equal(valid, problem is null);
    }

    private static int ExpectedShard(string id, int count)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id));
        return (int)(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }
}
