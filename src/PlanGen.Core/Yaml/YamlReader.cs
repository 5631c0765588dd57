using System.Text;
using PlanGen.Core.Diagnostics;
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
        var builder = new TreeBuilder(text, displayPath, diagnostics, limits);
        try
        {
            var parser = new Parser(new StringReader(text));
            return builder.ReadDocument(parser);
        }
        catch (YamlException e)
        {
            var at = e.Message.Contains(" tab", StringComparison.OrdinalIgnoreCase) && FirstTab(text) is { } tab
                ? new SourceLocation(displayPath, tab.Line, tab.Column)
                : new SourceLocation(displayPath, (int)e.Start.Line, (int)e.Start.Column);
            diagnostics.Error(at, Codes.YamlSyntax, $"dit is geen geldige YAML: {YamlMessages.Translate(e.Message)}", YamlMessages.HintFor(text, at.Line));
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

    /// <summary>YamlDotNet reports a tab in the indentation at the start of its block; point at the tab itself.</summary>
    private static (int Line, int Column)? FirstTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t');
            if (tab >= 0 && tab < indent)
            {
                return (i + 1, tab + 1);
            }
        }
        return null;
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
            return text;
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
    private sealed class TreeBuilder(string text, string file, DiagnosticBag diagnostics, YamlLimits limits)
    {
        private readonly Dictionary<string, (YNode Node, int Size)> anchors = [];
        private int totalNodes;

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

        private SourceLocation At(Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

        private (YNode Node, int Size) ReadNode(IParser parser, int depth)
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
                MappingStart start => ReadMapping(parser, start, depth),
                _ => throw new YamlException(current.Start, current.End, "onverwacht teken"),
            };
            totalNodes += result.Size;
            if (totalNodes > limits.MaxNodes)
            {
                throw new InputLimitException(At(current.Start), $"het bestand wordt te groot na het uitvouwen van verwijzingen (aliassen); maximaal {limits.MaxNodes} onderdelen");
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
                var (item, itemSize) = ReadNode(parser, depth + 1);
                items.Add(item);
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

        private (YNode, int) ReadMapping(IParser parser, MappingStart start, int depth)
        {
            parser.MoveNext();
            var entries = new List<KeyValuePair<YScalar, YNode>>();
            var seen = new Dictionary<string, YScalar>();
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
            Remember(start.Anchor, node, size);
            return (node, size);
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
