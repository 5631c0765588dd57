using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PlanGen.Core.Building.Incremental;

/// <summary>
/// One of <see cref="Count"/> stable parts of the schools (<c>--shard 2/8</c>): a school belongs to the
/// part its id ("bestuur/school") hashes to, so adding or removing other schools never moves it.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public static Shard All { get; } = new(1, 1);

    /// <summary>Parses "2/8" (1-based); false with a Dutch reason when it is not a shard.</summary>
    public static bool TryParse(string text, out Shard shard, out string? problem)
    {
        shard = All;
        problem = null;
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var index) || !int.TryParse(parts[1], out var count))
        {
            problem = $"'{text}' is geen deel; schrijf bijvoorbeeld 2/8 (het tweede van acht delen)";
            return false;
        }
        if (count < 1 || index < 1 || index > count)
        {
            problem = $"'{text}' kan niet: het deelnummer loopt van 1 tot en met het aantal delen";
            return false;
        }
        shard = new Shard(index, count);
        return true;
    }

    public bool Contains(string schoolId) => Count == 1 || Of(schoolId, Count) == Index;

    /// <summary>The 1-based part a school id falls in: SHA-256 of the id, not its place in a list.</summary>
    public static int Of(string schoolId, int count)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(schoolId));
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }

    public override string ToString() => $"{Index}/{Count}";
}
