using System.Text;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Files;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanGen.Core.Yaml;

/// <summary>
/// Reads one YAML file into a <see cref="YNode"/> tree, reporting every problem as a Dutch diagnostic
/// with file:line:col. Never throws for bad input; returns null when nothing usable was read.
/// </summary>
public static class YamlReader
{
    public static YNode? ReadFile(string path, string displayPath, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        var source = ReadSource(path, displayPath, diagnostics, limits);
        return source is null ? null : ReadText(source.Text, displayPath, diagnostics, limits);
    }

    /// <summary>The file's text, strictly decoded with the BOM removed (and remembered, for text edits); null when unreadable (reported).</summary>
    public static YamlSource? ReadSource(string path, string displayPath, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        var at = SourceLocation.OfFile(displayPath);
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                diagnostics.Error(at, Codes.UnreadableFile, "hier staat een map, maar PlanGen verwacht een YAML-bestand", "geef het pad van het .yaml-bestand zelf");
                return null;
            }
            if (FileKinds.Of(path) == FileKind.Special)
            {
                // A FIFO would block the read forever, /dev/zero would never end.
                diagnostics.Error(at, Codes.UnreadableFile, "dit is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat zoals /dev/zero)", "zet hier een gewoon YAML-bestand neer");
                return null;
            }
            var length = new FileInfo(path).Length;
            if (length > limits.MaxFileBytes)
            {
                diagnostics.Error(at, Codes.InputLimit, $"het bestand is te groot ({length / 1024} kB; maximaal {limits.MaxFileBytes / 1024} kB)", "splits het bestand of verwijder wat er niet in hoort");
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(at, Codes.UnreadableFile, "het bestand kan niet gelezen worden", "controleer of het bestaat en of je het mag lezen");
            return null;
        }
        var text = Decode(bytes, displayPath, diagnostics);
        return text is null ? null : new YamlSource(text, bytes is [0xEF, 0xBB, 0xBF, ..]);
    }

    public static YNode? ReadText(string text, string displayPath, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        var builder = new TreeBuilder(displayPath, diagnostics, limits, text);
        try
        {
            var parser = new Parser(new StringReader(text));
            return builder.ReadDocument(parser);
        }
        catch (YamlException e)
        {
            var explained = SyntaxDiagnosis.Explain(text, e.Message, (int)e.Start.Line, (int)e.Start.Column);
            diagnostics.Error(new SourceLocation(displayPath, explained.Line, explained.Column), Codes.YamlSyntax, explained.Message, explained.Hint);
            return null;
        }
        catch (InputLimitException e)
        {
            diagnostics.Error(e.At, Codes.InputLimit, e.Message, "vereenvoudig de structuur van het bestand");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's parser can end in an invalid state on some broken input (found by fuzzing).
            diagnostics.Error(builder.LastPosition, Codes.YamlSyntax, "dit is geen geldige YAML: het bestand houdt onverwacht op of bevat een teken dat hier niet kan staan",
                YamlMessages.HintFor(text, builder.LastPosition.Line));
            return null;
        }
    }

    /// <summary>Strict UTF-8 with or without BOM; a bad byte is reported with its line.</summary>
    private static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, offset, bytes.Length - offset);
            if (text.Contains('\0'))
            {
                diagnostics.Error(SourceLocation.OfFile(displayPath), Codes.UnreadableFile, "het bestand bevat binaire gegevens en is geen tekstbestand", "sla het op als YAML-tekst (UTF-8)");
                return null;
            }
            return TextChecks.Characters(text, displayPath, diagnostics) ? text : null;
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.Take(offset + Math.Max(0, e.Index)).Count(b => b == (byte)'\n');
            diagnostics.Error(new SourceLocation(displayPath, line, 1), Codes.UnreadableFile, "het bestand is geen geldige UTF-8-tekst", "sla het bestand op als UTF-8 (in VS Code: rechtsonder de codering kiezen)");
            return null;
        }
    }

    private sealed class InputLimitException(SourceLocation at, string message) : Exception(message)
    {
        public SourceLocation At { get; } = at;
    }

    /// <summary>Turns parser events into nodes, tracking depth, anchors and the expanded size.</summary>
    private sealed class TreeBuilder(string file, DiagnosticBag diagnostics, YamlLimits limits, string text)
    {
        private readonly PlainTextCheck plainText = new(text, diagnostics);
        private readonly Dictionary<string, (YNode Node, int Size)> anchors = [];
        private readonly Dictionary<YMapping, List<int>> repeatedFirstKeys = [];
        private int totalNodes;
        private bool expanded;

        /// <summary>Where the parser was last, for reporting errors it cannot place itself.</summary>
        public SourceLocation LastPosition { get; private set; } = new(file, 1, 1);

        public YNode? ReadDocument(IParser parser)
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, 1).Node;
            parser.Consume<DocumentEnd>();
            if (!parser.TryConsume<StreamEnd>(out _) && parser.Current is not null)
            {
                diagnostics.Error(At(parser.Current.Start), Codes.YamlSyntax, "het bestand bevat meer dan één YAML-document (---)", "zet alles in één document");
            }
            return root;
        }

        /// <summary>100.000, as Dutch writes it.</summary>
        private static string Thousands(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');

        private SourceLocation At(Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

        private (YNode Node, int Size) ReadNode(IParser parser, int depth, bool listItem = false)
        {
            var current = parser.Current ?? throw new YamlException("onverwacht einde van het bestand");
            LastPosition = At(current.Start);
            if (depth > limits.MaxDepth)
            {
                throw new InputLimitException(At(current.Start), $"de gegevens zijn te diep genest (meer dan {limits.MaxDepth} niveaus)");
            }
            (YNode Node, int Size) result = current switch
            {
                AnchorAlias alias => ReadAlias(parser, alias),
                Scalar scalar => ReadScalar(parser, scalar),
                SequenceStart start => ReadSequence(parser, start, depth),
                MappingStart start => ReadMapping(parser, start, depth, listItem),
                _ => throw new YamlException(current.Start, current.End, "onverwacht teken"),
            };
            // Each node counts once (its children counted themselves); an alias counts the whole of what it repeats.
            totalNodes += current is AnchorAlias ? result.Size : 1;
            expanded |= current is AnchorAlias && result.Size > 1;
            if (totalNodes > limits.MaxNodes)
            {
                throw new InputLimitException(At(current.Start), expanded
                    ? $"het bestand wordt te groot na het uitvouwen van verwijzingen (aliassen, *naam); maximaal {Thousands(limits.MaxNodes)} onderdelen"
                    : $"het bestand heeft te veel onderdelen (meer dan {Thousands(limits.MaxNodes)} waarden, bijvoorbeeld duizenden activiteiten); zo groot is geen plan");
            }
            return result;
        }

        private (YNode, int) ReadAlias(IParser parser, AnchorAlias alias)
        {
            parser.MoveNext();
            if (!anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new YamlException(alias.Start, alias.End, $"onbekend anker '*{alias.Value.Value}'");
            }
            return (AliasOf(target.Node, alias), target.Size);
        }

        private (YNode, int) ReadScalar(IParser parser, Scalar scalar)
        {
            parser.MoveNext();
            var start = (int)scalar.Start.Index;
            var node = new YScalar(At(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain)
            {
                Start = start,
                End = ContentEnd(start, (int)scalar.End.Index),
                IsBlock = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded,
            };
            if (scalar.Style == ScalarStyle.Plain && scalar.End.Line > scalar.Start.Line)
            {
                plainText.Check(node, (int)scalar.End.Line);
            }
            TextChecks.Check(node, diagnostics);
            Remember(scalar.Anchor, node, 1);
            return (node, 1);
        }

        private (YNode, int) ReadSequence(IParser parser, SequenceStart start, int depth)
        {
            parser.MoveNext();
            var items = new List<YNode>();
            var size = 1;
            SequenceEnd end;
            while (!parser.TryConsume(out end!))
            {
                var (item, itemSize) = ReadNode(parser, depth + 1, listItem: true);
                items.AddRange(item is YMapping map ? SplitMissingDash(map) : [item]);
                if (items.Count > limits.MaxListItems)
                {
                    throw new InputLimitException(At(start.Start), $"deze lijst heeft meer dan {Thousands(limits.MaxListItems)} onderdelen; zo groot is geen plan (een jaarplan heeft tientallen activiteiten, geen duizenden)");
                }
                size += itemSize;
            }
            var flow = start.Style == SequenceStyle.Flow;
            var node = new YSequence(At(start.Start), items)
            {
                Start = (int)start.Start.Index,
                End = flow ? FlowEnd((int)end.Start.Index, ']') : items.Count > 0 ? items[^1].End : (int)start.End.Index,
                IsFlow = flow,
            };
            Remember(start.Anchor, node, size);
            return (node, size);
        }

        private (YNode, int) ReadMapping(IParser parser, MappingStart start, int depth, bool listItem)
        {
            parser.MoveNext();
            var entries = new List<KeyValuePair<YScalar, YNode>>();
            var seen = new Dictionary<string, YScalar>();
            var repeats = new List<int>();
            var size = 1;
            var last = (int)start.End.Index;
            MappingEnd end;
            while (!parser.TryConsume(out end!))
            {
                var keyStart = parser.Current!.Start;
                var (keyNode, _) = ReadNode(parser, depth + 1);
                var (value, valueSize) = ReadNode(parser, depth + 1);
                size += valueSize + 1;
                last = Math.Max(value.End, last);
                if (keyNode is not YScalar key)
                {
                    diagnostics.Error(At(keyStart), Codes.YamlSyntax, "een veldnaam moet gewone tekst zijn", "schrijf de naam van het veld gevolgd door een dubbele punt");
                    continue;
                }
                if (listItem && entries.Count > 0 && key.Value == entries[0].Key.Value && key.Location.Column == entries[0].Key.Location.Column && key.Location.Column > 1)
                {
                    // The first field again, at the same column: in a list, a new item without its "- ".
                    repeats.Add(entries.Count);
                    seen.Clear();
                    diagnostics.Error(key.Location, Codes.YamlSyntax, $"hier begint een nieuw onderdeel van de lijst ('{key.Value}' stond al op regel {entries[0].Key.Location.Line}), maar het streepje ontbreekt",
                        $"zet '- ' voor '{key.Value}:' en spring die regel in zoals het streepje erboven");
                    entries.Add(new(key, value));
                    seen[key.Value] = key;
                    continue;
                }
                if (seen.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Error(key.Location, Codes.DuplicateKey, $"het veld '{key.Value}' staat twee keer in hetzelfde blok (eerst op regel {first.Location.Line})", "verwijder of hernoem een van de twee");
                    continue;
                }
                seen[key.Value] = key;
                entries.Add(new(key, value));
            }
            var flow = start.Style == MappingStyle.Flow;
            var node = new YMapping(At(start.Start), entries)
            {
                Start = (int)start.Start.Index,
                End = flow ? FlowEnd((int)end.Start.Index, '}') : last,
                IsFlow = flow,
            };
            if (repeats.Count > 0)
            {
                repeatedFirstKeys[node] = repeats;
            }
            Remember(start.Anchor, node, size);
            return (node, size);
        }

        /// <summary>
        /// A list item whose first field comes back (<c>naam:</c> twice) is two items with the "- " of the
        /// second forgotten: report that once and read on as two items, so no rule fires because of it.
        /// </summary>
        private IEnumerable<YMapping> SplitMissingDash(YMapping map)
        {
            if (!repeatedFirstKeys.Remove(map, out var starts))
            {
                return [map];
            }
            var parts = new List<YMapping>();
            var entries = map.Entries.ToList();
            var from = 0;
            foreach (var start in starts.Append(entries.Count))
            {
                parts.Add(new YMapping(from == 0 ? map.Location : entries[from].Key.Location, entries[from..start]));
                from = start;
            }
            return parts;
        }

        /// <summary>An alias shares the anchored node's content but keeps its own place (for messages and text edits).</summary>
        private YNode AliasOf(YNode target, AnchorAlias alias)
        {
            var (at, start, end) = (At(alias.Start), (int)alias.Start.Index, (int)alias.End.Index);
            return target switch
            {
                YScalar s => new YScalar(at, s.Value, s.IsPlain) { Start = start, End = end, IsAlias = true, IsBlock = s.IsBlock },
                YMapping m => new YMapping(at, m.Entries) { Start = start, End = end, IsAlias = true, IsFlow = m.IsFlow },
                YSequence q => new YSequence(at, q.Items) { Start = start, End = end, IsAlias = true, IsFlow = q.IsFlow },
                _ => target,
            };
        }

        /// <summary>Just past the closing bracket of a flow collection (the parser's end event starts at or before it).</summary>
        private int FlowEnd(int from, char bracket)
        {
            var at = text.IndexOf(bracket, Math.Min(from, text.Length));
            return at < 0 ? text.Length : at + 1;
        }

        /// <summary>Block scalars end after their line breaks; the content ends at the last visible character.</summary>
        private int ContentEnd(int start, int end)
        {
            end = Math.Min(end, text.Length);
            while (end > start && text[end - 1] is '\n' or '\r' or ' ')
            {
                end--;
            }
            return end;
        }

        private void Remember(AnchorName anchor, YNode node, int size)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = (node, size);
            }
        }
    }
}
