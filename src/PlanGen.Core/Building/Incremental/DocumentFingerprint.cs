using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using PlanGen.Document;

namespace PlanGen.Core.Building.Incremental;

/// <summary>
/// The SHA-256 of everything a writer reads of one rendered document: its Markdown, the edition it was parsed
/// for and every public property of its <see cref="DocumentInfo"/> (read by reflection, so a property added
/// later is part of it without a change here; the logo's and the font's bytes included; not the logo's
/// absolute path, which writers do not read, so the fingerprint is the same in every checkout). With the same build
/// settings (tool, formats, edition) the same fingerprint gives the same file in every format, so a rebuild
/// of a school need not write again a document that did not change (the card, when only the plan's text did).
/// </summary>
internal static class DocumentFingerprint
{
    private const int MaxDepth = 6;

    public static string Of(RenderedDocument document, bool keepInternal)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "plangen-document 1");
        Add(hash, keepInternal ? "intern" : "openbaar");
        Add(hash, document.Markdown);
        Value(hash, document.Info, 0);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Value(IncrementalHash hash, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            // A deeper graph than DocumentInfo has today: refuse rather than hash only part of it.
            throw new InvalidOperationException("DocumentInfo is nested deeper than DocumentFingerprint reads");
        }
        switch (value)
        {
            case null:
                Add(hash, "\u0000null");
                return;
            case string text:
                Add(hash, text);
                return;
            case byte[] bytes:
                Add(hash, $"bytes {bytes.Length}");
                hash.AppendData(bytes);
                return;
            case DateTimeOffset time:
                Add(hash, time.ToString("O", CultureInfo.InvariantCulture));
                return;
            case Enum or bool or char:
                Add(hash, $"{value.GetType().Name} {value}");
                return;
            case IFormattable number when value.GetType().IsPrimitive || value is decimal:
                Add(hash, number.ToString(null, CultureInfo.InvariantCulture));
                return;
            case ITuple tuple:
                Add(hash, $"tuple {tuple.Length}");
                for (var i = 0; i < tuple.Length; i++)
                {
                    Value(hash, tuple[i], depth + 1);
                }
                return;
            case IEnumerable items:
                Add(hash, "list");
                foreach (var item in items)
                {
                    Value(hash, item, depth + 1);
                }
                Add(hash, "end");
                return;
        }
        var type = value.GetType();
        if (type.IsValueType || type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Length == 0)
        {
            throw new InvalidOperationException($"DocumentFingerprint cannot read a {type.Name}");
        }
        Add(hash, type.FullName!);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && !NotRead(p)).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            Add(hash, property.Name);
            Value(hash, property.GetValue(value), depth + 1);
        }
    }

    /// <summary>
    /// The logo's path is for the manifest (an input) and differs between checkouts; writers embed
    /// <see cref="DocumentInfo.Logo"/>, whose bytes are part of the fingerprint.
    /// </summary>
    private static bool NotRead(PropertyInfo property) =>
        property.DeclaringType == typeof(DocumentInfo) && property.Name == nameof(DocumentInfo.LogoPath);

    /// <summary>Each piece with its length first: "ab" + "c" and "a" + "bc" differ.</summary>
    private static void Add(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        BitConverter.TryWriteBytes(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
