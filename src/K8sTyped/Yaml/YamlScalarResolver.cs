using System.Globalization;
using K8sTyped.Yaml.Reading;

namespace K8sTyped.Yaml;

/// <summary>
/// Resolves plain (unquoted) scalars exactly as kubectl does. kubectl turns YAML into JSON with sigs.k8s.io/yaml,
/// which decodes with its fork of go-yaml v2 (goyaml.v2/resolve.go), so the rules are YAML 1.1-flavoured:
/// <list type="bullet">
/// <item><b>Null</b>: the empty text, <c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c>.</item>
/// <item><b>Boolean</b>: <c>y Y yes Yes YES true True TRUE on On ON</c> and <c>n N no No NO false False FALSE off Off OFF</c>.
/// Other spellings (<c>tRUE</c>, <c>YeS</c>) are strings.</item>
/// <item><b>Float</b> specials: <c>.inf .Inf .INF</c>, with an optional <c>+</c> or <c>-</c>, and <c>.nan .NaN .NAN</c>.</item>
/// <item>Text starting with <c>.</c>: a float when Go's <c>strconv.ParseFloat</c> accepts it (<c>.5</c>, <c>.5e3</c>;
/// underscores only between digits) and it does not overflow.</item>
/// <item>Text starting with a digit, <c>+</c> or <c>-</c>, after removing every <c>_</c>:
/// an <b>integer</b> when Go's <c>ParseInt(s, 0, 64)</c> or <c>ParseUint(s, 0, 64)</c> accepts it (decimal, <c>0x1F</c>,
/// <c>0o17</c>, <c>0b101</c>, legacy octal <c>017</c>, signs, so <c>1_000</c> and <c>-0x1F</c> too);
/// otherwise a <b>float</b> when it matches <c>^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$</c> and does not
/// overflow (<c>1.5</c>, <c>1e3</c>, <c>1.</c>, and <c>08</c> or <c>09</c>, which are not octal);
/// otherwise an integer when it is <c>0b</c> followed by a signed binary number, or an unsigned integer beyond 64 bits
/// (go-yaml's big.Int fallback). Timestamps such as <c>2024-01-02</c> decode to strings (go-yaml v2 keeps them as text
/// when decoding into interface{}), as do <c>1e400</c> and every other text.</item>
/// </list>
/// Quoted and block scalars are always strings; tags override resolution. Text starting with any other character is a string.
/// </summary>
public static class YamlScalarResolver
{
    /// <summary>What a plain scalar's text means.</summary>
    /// <param name="text">The scalar's text as written.</param>
    public static YamlScalarKind ResolvePlain(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (IsNullWord(text)) return YamlScalarKind.Null;
        if (TryParseBooleanWord(text, out _)) return YamlScalarKind.Boolean;
        if (TryParseFloatWord(text, out _)) return YamlScalarKind.Float;

        var first = text[0];
        if (first == '.') return TryParseDotFloat(text, out _) ? YamlScalarKind.Float : YamlScalarKind.String;
        if (first is not ('+' or '-' or >= '0' and <= '9')) return YamlScalarKind.String;

        var withoutUnderscores = text.Replace("_", "");
        if (TryParseGoInteger(withoutUnderscores, out _, out _)) return YamlScalarKind.Integer;
        if (TryParseNumericFloat(withoutUnderscores, out _)) return YamlScalarKind.Float;
        if (TryParseSignedBinary(withoutUnderscores, out _)) return YamlScalarKind.Integer;
        return GoIntegerLiteral.TryParse(withoutUnderscores, out var literal) && !literal.HasSign && literal.Overflows
            ? YamlScalarKind.Integer
            : YamlScalarKind.String;
    }

    /// <summary>Parses text that <see cref="ResolvePlain"/> classifies as an integer (<c>42</c>, <c>-7</c>, <c>0x1F</c>, <c>0o17</c>, <c>017</c>, <c>0b101</c>, <c>1_000</c>).</summary>
    /// <returns>False when the text is not an integer, or is one outside <see cref="long"/>'s range (go-yaml also accepts unsigned 64-bit and larger values).</returns>
    public static bool TryParseInteger(string text, out long value)
    {
        value = 0;
        if (ResolvePlain(text) != YamlScalarKind.Integer) return false;
        var withoutUnderscores = text.Replace("_", "");
        if (TryParseGoInteger(withoutUnderscores, out var literal, out _) && literal.FitsInt64)
        {
            value = literal.ToInt64();
            return true;
        }

        return TryParseSignedBinary(withoutUnderscores, out value);
    }

    /// <summary>
    /// Parses text that <see cref="ResolvePlain"/> classifies as a float (<c>1.5</c>, <c>1e3</c>, <c>.5</c>, <c>-.inf</c>, <c>.nan</c>, <c>08</c>),
    /// or as an integer within <see cref="long"/>'s range, since an integer is a valid float value (<c>!!float 1</c>).
    /// </summary>
    public static bool TryParseFloat(string text, out double value)
    {
        value = 0;
        switch (ResolvePlain(text))
        {
            case YamlScalarKind.Integer when TryParseInteger(text, out var integer):
                value = integer;
                return true;
            case YamlScalarKind.Float:
                return TryParseFloatWord(text, out value)
                    || text[0] == '.' && TryParseDotFloat(text, out value)
                    || TryParseNumericFloat(text.Replace("_", ""), out value);
            default:
                return false;
        }
    }

    /// <summary>Parses text that <see cref="ResolvePlain"/> classifies as a boolean (<c>true</c>, <c>yes</c>, <c>on</c>, <c>Y</c>, ...).</summary>
    public static bool TryParseBoolean(string text, out bool value)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        return TryParseBooleanWord(text, out value);
    }

    private static bool IsNullWord(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    private static bool TryParseBooleanWord(string text, out bool value)
    {
        switch (text)
        {
            case "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON":
                value = true;
                return true;
            case "n" or "N" or "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static bool TryParseFloatWord(string text, out double value)
    {
        switch (text)
        {
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                value = double.PositiveInfinity;
                return true;
            case "-.inf" or "-.Inf" or "-.INF":
                value = double.NegativeInfinity;
                return true;
            case ".nan" or ".NaN" or ".NAN":
                value = double.NaN;
                return true;
            default:
                value = 0;
                return false;
        }
    }

    /// <summary>Go's <c>ParseInt(s, 0, 64)</c> then <c>ParseUint(s, 0, 64)</c>: a signed value within 64 bits, or an unsigned one within 64 bits.</summary>
    private static bool TryParseGoInteger(string text, out GoIntegerLiteral literal, out bool isValidSyntax)
    {
        isValidSyntax = GoIntegerLiteral.TryParse(text, out literal);
        return isValidSyntax && !literal.Overflows && (!literal.HasSign || literal.FitsInt64);
    }

    /// <summary>go-yaml's extra case for <c>0b</c> followed by a signed binary number (<c>0b-101</c> is -5).</summary>
    private static bool TryParseSignedBinary(string text, out long value)
    {
        value = 0;
        if (!text.StartsWith("0b", StringComparison.Ordinal)) return false;
        if (!GoIntegerLiteral.TryParse(text.Substring(2), 2, out var literal) || !literal.FitsInt64) return false;
        value = literal.ToInt64();
        return true;
    }

    /// <summary>Text matching go-yaml's float pattern (digits first, or a sign) that parses without overflowing.</summary>
    private static bool TryParseNumericFloat(string text, out double value)
    {
        value = 0;
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-') i++;
        var integerDigits = CountDigits(text, ref i);
        if (integerDigits > 0)
        {
            if (i < text.Length && text[i] == '.')
            {
                i++;
                CountDigits(text, ref i);
            }
        }
        else
        {
            if (i >= text.Length || text[i] != '.') return false;
            i++;
            if (CountDigits(text, ref i) == 0) return false;
        }

        if (!SkipExponent(text, ref i) || i != text.Length) return false;
        return TryParseFinite(text, out value);
    }

    /// <summary>Text starting with '.' as Go's <c>strconv.ParseFloat</c> accepts it: digits with underscores only between digits, an optional exponent.</summary>
    private static bool TryParseDotFloat(string text, out double value)
    {
        value = 0;
        for (var j = 0; j < text.Length; j++)
        {
            if (text[j] == '_' && (j == 0 || !IsDigit(text[j - 1]) || j + 1 == text.Length || !IsDigit(text[j + 1]))) return false;
        }

        var plain = text.Replace("_", "");
        var i = 1;
        if (CountDigits(plain, ref i) == 0) return false;
        if (!SkipExponent(plain, ref i) || i != plain.Length) return false;
        return TryParseFinite(plain, out value);
    }

    private static bool SkipExponent(string text, ref int i)
    {
        if (i >= text.Length || text[i] is not ('e' or 'E')) return true;
        i++;
        if (i < text.Length && text[i] is '+' or '-') i++;
        return CountDigits(text, ref i) > 0;
    }

    /// <summary>Parses validated float text; Go reports overflow to infinity as an error, which makes go-yaml fall back to a string.</summary>
    private static bool TryParseFinite(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsInfinity(value);

    private static int CountDigits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && IsDigit(text[i])) i++;
        return i - start;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
