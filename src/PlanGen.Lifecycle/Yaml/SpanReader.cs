using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanGen.Lifecycle.Yaml;

/// <summary>Reads YAML text into <see cref="SpanNode"/>s from YamlDotNet's parser events (no re-serialising).</summary>
public static class SpanReader
{
    /// <summary>The document's root node, or null for an empty file. Throws <see cref="YamlException"/> for broken YAML.</summary>
    public static SpanNode? Read(string text)
    {
        var parser = new Parser(new StringReader(text));
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
        {
            return null;
        }
        parser.Consume<DocumentStart>();
        var root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, text);
        return root;
    }

    private static SpanNode ReadNode(IParser parser, string text)
    {
        switch (parser.Current)
        {
            case Scalar scalar:
                parser.MoveNext();
                var block = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
                return new SpanScalar((int)scalar.Start.Index, ContentEnd(text, (int)scalar.Start.Index, (int)scalar.End.Index), scalar.Value, scalar.Style == ScalarStyle.Plain, block);
            case SequenceStart start:
            {
                parser.MoveNext();
                var node = new SpanSequence((int)start.Start.Index, (int)start.End.Index, start.Style == SequenceStyle.Flow);
                SequenceEnd end;
                while (!parser.TryConsume<SequenceEnd>(out end!))
                {
                    node.Items.Add(ReadNode(parser, text));
                }
                node.End = node.IsFlow ? (int)end.End.Index : node.Items.Count > 0 ? node.Items[^1].End : node.End;
                return node;
            }
            case MappingStart start:
            {
                parser.MoveNext();
                var node = new SpanMapping((int)start.Start.Index, (int)start.End.Index, start.Style == MappingStyle.Flow);
                MappingEnd end;
                while (!parser.TryConsume<MappingEnd>(out end!))
                {
                    var key = ReadNode(parser, text) as SpanScalar ?? throw new YamlException("alleen tekst als sleutel");
                    node.Entries.Add((key, ReadNode(parser, text)));
                }
                node.End = node.IsFlow ? (int)end.End.Index : node.Entries.Count > 0 ? node.Entries[^1].Value.End : node.End;
                return node;
            }
            case AnchorAlias alias:
                parser.MoveNext();
                return new SpanScalar((int)alias.Start.Index, (int)alias.End.Index, "*" + alias.Value, true, false);
            default:
                throw new YamlException(parser.Current!.Start, parser.Current.End, "onverwacht YAML-element");
        }
    }

    /// <summary>Block scalars end after their line breaks; an empty plain value ends where it starts.</summary>
    private static int ContentEnd(string text, int start, int end)
    {
        end = Math.Min(end, text.Length);
        while (end > start && text[end - 1] is '\n' or '\r' or ' ')
        {
            end--;
        }
        return end;
    }
}
