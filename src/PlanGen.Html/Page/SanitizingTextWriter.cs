using System.Globalization;
using System.Text;

namespace PlanGen.Html.Page;

/// <summary>
/// The last line of defence on the way out: drops control characters and the Unicode bidi
/// embedding/override/isolate controls (U+202A-U+202E, U+2066-U+2069) that could make text
/// display differently from what it says. The page's own markup never contains them.
/// Also fixes the newline to "\n" so output does not depend on the platform.
/// </summary>
internal sealed class SanitizingTextWriter : TextWriter
{
    private readonly TextWriter _inner;

    public SanitizingTextWriter(TextWriter inner)
        : base(CultureInfo.InvariantCulture)
    {
        _inner = inner;
        CoreNewLine = ['\n'];
    }

    public override Encoding Encoding => _inner.Encoding;

    public static bool IsDropped(char c) =>
        (c < ' ' && c is not '\n' and not '\t')
        || (c >= '\u007F' && c <= '\u009F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');

    public override void Write(char value)
    {
        if (!IsDropped(value))
        {
            _inner.Write(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is not null)
        {
            Write(value.AsSpan());
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var start = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            if (IsDropped(buffer[i]))
            {
                _inner.Write(buffer[start..i]);
                start = i + 1;
            }
        }

        _inner.Write(buffer[start..]);
    }

    public override void Flush() => _inner.Flush();
}
