using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document.Fonts;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Packaging;

/// <summary>
/// fontTable.xml naming the board's font (Arial, Calibri, Noto Sans or its own file), with the faces
/// PlanGen sets it in embedded as obfuscated fonts (word/fonts/*.odttf, ECMA-376 part 1, 17.8.1), so the
/// document keeps its look and line breaks on a machine without that font (LibreOffice and Word load them).
/// Embedded is a subset: every character a Dutch text is typed with plus those the document uses
/// (see <see cref="FontSubset"/>; about a tenth of the whole family). A face whose OS/2 fsType forbids
/// editable embedding (restricted, preview-and-print, bitmap only) is named but not embedded, and so is
/// a lettertype PlanGen does not ship (docs/huisstijl.md).
/// </summary>
internal static class EmbeddedFonts
{
    // Per face file (the shipped ones live as long as the process, a board's file as long as its build),
    // then per set of characters beyond the typed ranges: nearly every document takes the same subset.
    private static readonly ConditionalWeakTable<byte[], ConcurrentDictionary<string, Lazy<Embedded?>>> Prepared = new();

    /// <summary>Adds the font table; true when at least one face was embedded (settings then say so).</summary>
    public static bool Add(MainDocumentPart main, HouseStyle house)
    {
        var table = main.AddNewPart<FontTablePart>("rIdFontTable");
        var font = new Font(
            new FontCharSet { Val = "00" },
            new FontFamily { Val = FontFamilyValues.Swiss },
            new Pitch { Val = FontPitchValues.Variable }) { Name = house.Font };

        // A name PlanGen does not ship is measured with Noto Sans, but Noto Sans under another name would mislead.
        IReadOnlyList<FontFile> faces = house.Fonts.IsFallback ? [] : house.Fonts.Faces;
        var extra = faces.Count == 0 ? [] : ExtraCharacters(main);
        var embedded = 0;
        for (var i = 0; i < faces.Count; i++)
        {
            // The board's own file stands for all four faces: embed it once, as the regular face.
            if (faces.Take(i).Any(f => ReferenceEquals(f.Bytes, faces[i].Bytes)) || Prepare(faces[i], extra) is not { } face)
            {
                continue;
            }

            var id = $"rIdFont{i + 1}";
            var part = table.AddFontPart(FontPartType.FontOdttf, id);
            using (var stream = new MemoryStream(face.Obfuscated, writable: false))
            {
                part.FeedData(stream);
            }

            font.Append(Reference(i, id, face));
            embedded++;
        }

        table.Fonts = new Fonts(font);
        return embedded > 0;
    }

    private static FontRelationshipType Reference(int face, string id, Embedded embedded)
    {
        FontRelationshipType reference = face switch
        {
            0 => new EmbedRegularFont(),
            1 => new EmbedBoldFont(),
            2 => new EmbedItalicFont(),
            _ => new EmbedBoldItalicFont(),
        };
        reference.Id = id;
        reference.FontKey = embedded.Key;
        reference.Subsetted = embedded.Subsetted ? true : null;
        return reference;
    }

    /// <summary>The subset of one face for this document's characters, shared by every document that needs no character beyond the typed ranges.</summary>
    private static Embedded? Prepare(FontFile face, List<int> extra)
    {
        var licence = FontLicence.Of(face.Bytes);
        if (!licence.EditableEmbedding)
        {
            return null;
        }

        var subsets = Prepared.GetValue(face.Bytes, _ => new ConcurrentDictionary<string, Lazy<Embedded?>>(StringComparer.Ordinal));
        return subsets.GetOrAdd(string.Join(',', extra), _ => new Lazy<Embedded?>(() =>
        {
            var subset = licence.NoSubsetting ? null : FontSubset.Subset(face.Bytes, extra);
            var bytes = subset ?? face.Bytes;
            var key = ObfuscatedFont.KeyFor(bytes);
            return new Embedded(ObfuscatedFont.Apply(bytes, key), key, subset is not null);
        })).Value;
    }

    /// <summary>The characters of the body, headers, footers and list labels beyond the typed ranges, in ascending order.</summary>
    private static List<int> ExtraCharacters(MainDocumentPart main)
    {
        var extra = new HashSet<int>();
        var roots = new List<DocumentFormat.OpenXml.OpenXmlElement?> { main.Document?.Body, main.NumberingDefinitionsPart?.Numbering };
        roots.AddRange(main.HeaderParts.Select(h => h.Header));
        roots.AddRange(main.FooterParts.Select(f => f.Footer));
        foreach (var root in roots.OfType<DocumentFormat.OpenXml.OpenXmlElement>())
        {
            foreach (var text in root.Descendants<Text>().Select(t => t.Text).Concat(root.Descendants<LevelText>().Select(l => l.Val?.Value ?? "")))
            {
                // Most runs are printable ASCII only, which every subset keeps.
                if (text.AsSpan().IndexOfAnyExceptInRange(' ', '~') < 0)
                {
                    continue;
                }

                foreach (var rune in text.EnumerateRunes())
                {
                    if (!FontSubset.IsTyped(rune.Value))
                    {
                        extra.Add(rune.Value);
                    }
                }
            }
        }

        var sorted = extra.ToList();
        sorted.Sort();
        return sorted;
    }

    private sealed record Embedded(byte[] Obfuscated, string Key, bool Subsetted);
}
