using System.Text;

namespace K8sTyped.Yaml.Reading;

/// <summary>The escape sequences of double-quoted scalars (YAML 1.2 §5.7), which include JSON's.</summary>
internal static class EscapeSequences
{
    private const int HighSurrogateStart = 0xD800;
    private const int LowSurrogateStart = 0xDC00;
    private const int LowSurrogateEnd = 0xDFFF;

    /// <summary>
    /// Decodes the escape whose backslash is at <paramref name="position"/> (not an escaped line break, which folding handles),
    /// appends the character it stands for, and moves <paramref name="position"/> past it.
    /// </summary>
    public static void AppendEscaped(SourceText source, ref int position, StringBuilder builder)
    {
        var backslash = position;
        var code = source[position + 1];
        position += 2;
        switch (code)
        {
            case '0': builder.Append('\0'); return;
            case 'a': builder.Append('\a'); return;
            case 'b': builder.Append('\b'); return;
            case 't' or '\t': builder.Append('\t'); return;
            case 'n': builder.Append('\n'); return;
            case 'v': builder.Append('\v'); return;
            case 'f': builder.Append('\f'); return;
            case 'r': builder.Append('\r'); return;
            case 'e': builder.Append('\u001B'); return;
            case ' ': builder.Append(' '); return;
            case '"': builder.Append('"'); return;
            case '/': builder.Append('/'); return;
            case '\\': builder.Append('\\'); return;
            case 'N': builder.Append('\u0085'); return;
            case '_': builder.Append('\u00A0'); return;
            case 'L': builder.Append('\u2028'); return;
            case 'P': builder.Append('\u2029'); return;
            case 'x': AppendCodePoint(source, ref position, backslash, 2, builder); return;
            case 'u': AppendCodePoint(source, ref position, backslash, 4, builder); return;
            case 'U': AppendCodePoint(source, ref position, backslash, 8, builder); return;
            case SourceText.End:
                throw source.Error(backslash, "unclosed double-quoted scalar: the text ends after '\\'");
            default:
                throw source.Error(backslash, $"unknown escape sequence '\\{code}' in a double-quoted scalar");
        }
    }

    private static void AppendCodePoint(SourceText source, ref int position, int backslash, int digits, StringBuilder builder)
    {
        var codePoint = 0L;
        for (var i = 0; i < digits; i++)
        {
            var c = source[position + i];
            if (!YamlChars.IsHexDigit(c))
                throw source.Error(position + i, $"escape sequence '\\{source[backslash + 1]}' needs {digits} hexadecimal digits");
            codePoint = codePoint * 16 + YamlChars.HexValue(c);
        }

        if (codePoint > 0x10FFFF)
            throw source.Error(backslash, $"escape sequence '{source.Text.Substring(backslash, digits + 2)}' is not a Unicode code point");

        position += digits;
        if (codePoint is >= HighSurrogateStart and < LowSurrogateStart && TryReadLowSurrogateEscape(source, position, out var low))
        {
            // JSON writes a character outside the BMP as two \u escapes; they pair up here.
            builder.Append((char)codePoint).Append(low);
            position += 6;
            return;
        }

        // A lone half of a pair is no character: no text, and so no writer, could hold it.
        if (codePoint is >= HighSurrogateStart and <= LowSurrogateEnd)
            throw source.Error(backslash,
                $"escape sequence '{source.Text.Substring(backslash, digits + 2)}' is half of a UTF-16 surrogate pair with no other half; " +
                "escape the character as \\U and 8 digits, or as a high (\\uD800-\\uDBFF) and low (\\uDC00-\\uDFFF) \\u pair");

        builder.Append(char.ConvertFromUtf32((int)codePoint));
    }

    /// <summary>Reads a <c>\u</c> escape of a low surrogate at <paramref name="position"/>, if there is one.</summary>
    private static bool TryReadLowSurrogateEscape(SourceText source, int position, out char low)
    {
        low = default;
        if (source[position] != '\\' || source[position + 1] != 'u') return false;
        var value = 0;
        for (var i = position + 2; i < position + 6; i++)
        {
            if (!YamlChars.IsHexDigit(source[i])) return false;
            value = value * 16 + YamlChars.HexValue(source[i]);
        }

        if (value is < LowSurrogateStart or > LowSurrogateEnd) return false;
        low = (char)value;
        return true;
    }
}
