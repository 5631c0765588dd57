using System.Globalization;
using System.Text;

namespace PlanGen.Pdf.Serialiser;

/// <summary>PDF tokens: numbers, names, text strings and dates, always in the invariant culture.</summary>
internal static class PdfSyntax
{
    /// <summary>A number with at most three decimals and no trailing zeros ("12", "0.5", "-3.125").</summary>
    public static string Number(double value) => Number(new StringBuilder(12), value).ToString();

    /// <summary>Appends a number as <see cref="Number(double)"/> writes it, without allocating (content streams are mostly numbers).</summary>
    public static StringBuilder AppendNumber(this StringBuilder sb, double value) => Number(sb, value);

    public static StringBuilder Number(StringBuilder sb, double value)
    {
        var thousandths = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (thousandths == 0)
        {
            return sb.Append('0');
        }

        if (thousandths < 0)
        {
            sb.Append('-');
            thousandths = -thousandths;
        }

        sb.Append(thousandths / 1000);
        var fraction = (int)(thousandths % 1000);
        if (fraction != 0)
        {
            sb.Append('.').Append((char)('0' + (fraction / 100)));
            fraction %= 100;
            if (fraction != 0)
            {
                sb.Append((char)('0' + (fraction / 10)));
                fraction %= 10;
                if (fraction != 0)
                {
                    sb.Append((char)('0' + fraction));
                }
            }
        }

        return sb;
    }

    /// <summary>A name object: regular ASCII characters as they are, others as #xx of their UTF-8 bytes.</summary>
    public static string Name(string value)
    {
        var sb = new StringBuilder(value.Length + 1).Append('/');
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is > 0x20 and < 0x7F && "#()<>[]{}/%".IndexOf((char)b) < 0)
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>A text string: printable ASCII as a literal, anything else as UTF-16BE hex with a byte order mark.</summary>
    public static string Text(string value)
    {
        if (value.All(c => c is >= ' ' and < (char)0x7F))
        {
            return Literal(value);
        }

        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
    }

    /// <summary>A literal string of ASCII text with (, ) and \ escaped.</summary>
    public static string Literal(string ascii)
    {
        var sb = new StringBuilder(ascii.Length + 2).Append('(');
        foreach (var c in ascii)
        {
            if (c is '(' or ')' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.Append(')').ToString();
    }

    /// <summary>A date as "D:YYYYMMDDHHmmSS+00'00'", in UTC.</summary>
    public static string Date(DateTimeOffset time) =>
        "(D:" + time.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')";
}
