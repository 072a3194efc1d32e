using System.Globalization;
using System.Numerics;
using System.Text;

namespace K8sTyped.Yaml.Writing;

/// <summary>
/// Validates integer, float, boolean and null scalars and returns the bare text both writers print for them.
/// The text is canonical so that YAML 1.1 parsers (kubectl's go-yaml v2, PyYAML), YAML 1.2 parsers and JSON
/// parsers all read the same value: writing a scalar whose text means something else (or nothing) would be
/// silently wrong output, so anything doubtful is rejected with an <see cref="ArgumentException"/>.
/// </summary>
internal static class BareScalarText
{
    /// <summary>The bare text of a non-string scalar.</summary>
    /// <exception cref="ArgumentException">The text does not denote a value of the scalar's kind.</exception>
    public static string For(YamlScalar scalar) => For(scalar.Value, scalar.Kind);

    /// <summary>The bare text of a non-string scalar of <paramref name="kind"/> written <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">The text does not denote a value of the kind.</exception>
    public static string For(string text, YamlScalarKind kind) => kind switch
    {
        YamlScalarKind.Integer => Integer(text),
        YamlScalarKind.Float => Float(text),
        YamlScalarKind.Boolean => text is "true" or "false"
            ? text
            : throw Invalid(text, "boolean", "only 'true' and 'false' are booleans"),
        YamlScalarKind.Null => text is "null"
            ? text
            : throw Invalid(text, "null", "only 'null' is accepted"),
        _ => throw new ArgumentException($"Scalar '{text}' of kind {kind} has no bare form.", "scalar"),
    };

    /// <summary>Appends an integer in plain decimal, the canonical form, whatever the culture.</summary>
    public static void AppendInteger(StringBuilder output, long value)
    {
        if (value < 0)
        {
            output.Append('-');
            // The magnitude of long.MinValue does not fit in a long; it does in an ulong.
            AppendDigits(output, unchecked((ulong)-(value + 1)) + 1);
        }
        else
        {
            AppendDigits(output, (ulong)value);
        }
    }

    private static void AppendDigits(StringBuilder output, ulong value)
    {
        ulong unit = 1;
        while (value / unit >= 10) unit *= 10;
        for (; unit > 0; unit /= 10)
        {
            output.Append((char)('0' + (int)(value / unit)));
            value %= unit;
        }
    }

    /// <summary>
    /// Accepts an optional sign followed by decimal digits without a leading zero, <c>0x</c> hex or <c>0o</c> octal,
    /// and returns plain decimal. Decimal with a leading zero (<c>0123</c>) is rejected because YAML 1.1 reads it
    /// as octal and YAML 1.2 as decimal; <c>1_000</c>, <c>0b101</c> and <c>1:30</c> exist only in YAML 1.1.
    /// </summary>
    private static string Integer(string text)
    {
        var negative = text.Length > 0 && text[0] == '-';
        var start = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        var body = text.Substring(start);
        BigInteger magnitude;
        if (body.Length > 2 && body[0] == '0' && body[1] is 'x' or 'X' && AllDigits(body, 2, 16))
            magnitude = Accumulate(body, 2, 16);
        else if (body.Length > 2 && body[0] == '0' && body[1] is 'o' or 'O' && AllDigits(body, 2, 8))
            magnitude = Accumulate(body, 2, 8);
        else if (body.Length > 0 && AllDigits(body, 0, 10) && (body.Length == 1 || body[0] != '0'))
            return negative && body != "0" ? "-" + body : body;
        else
            throw Invalid(text, "integer",
                "expected decimal digits without a leading zero, 0x hex or 0o octal, with an optional sign");

        return (negative ? -magnitude : magnitude).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Accepts decimal notation (<c>1.5</c>, <c>.5</c>, <c>1.</c>, <c>1e3</c>, with an optional sign) and returns
    /// <c>[-]digits.digits[e±digits]</c>: YAML 1.1 needs the dot and the exponent sign to see a float, JSON needs
    /// digits on both sides of the dot, and without a dot YAML 1.2 would read an integer.
    /// Non-finite values have no JSON form and different YAML spellings per version, so they are rejected.
    /// </summary>
    private static string Float(string text)
    {
        var i = 0;
        var negative = false;
        if (i < text.Length && text[i] is '-' or '+') negative = text[i++] == '-';
        var integerStart = i;
        while (i < text.Length && IsDecimal(text[i])) i++;
        var integerDigits = text.Substring(integerStart, i - integerStart);
        var fractionDigits = "";
        if (i < text.Length && text[i] == '.')
        {
            var fractionStart = ++i;
            while (i < text.Length && IsDecimal(text[i])) i++;
            fractionDigits = text.Substring(fractionStart, i - fractionStart);
        }

        var wellFormed = integerDigits.Length + fractionDigits.Length > 0;
        string? exponent = null;
        if (wellFormed && i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            var exponentSign = i < text.Length && text[i] is '-' or '+' ? text[i++] : '+';
            var exponentStart = i;
            while (i < text.Length && IsDecimal(text[i])) i++;
            wellFormed = i > exponentStart;
            exponent = exponentSign + text.Substring(exponentStart, i - exponentStart);
        }

        if (!wellFormed || i != text.Length)
            throw Invalid(text, "float", "expected a finite number in decimal notation such as 1.5, -0.25 or 6.02e+23");

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            || double.IsInfinity(parsed) || double.IsNaN(parsed))
            throw Invalid(text, "float", "the value is not finite as a 64-bit float");

        var integerPart = integerDigits.TrimStart('0');
        var canonical = (negative ? "-" : "")
            + (integerPart.Length == 0 ? "0" : integerPart)
            + "." + (fractionDigits.Length == 0 ? "0" : fractionDigits);
        return exponent is null ? canonical : canonical + "e" + exponent;
    }

    private static bool IsDecimal(char c) => c is >= '0' and <= '9';

    private static bool AllDigits(string text, int start, int radix)
    {
        for (var i = start; i < text.Length; i++)
            if (DigitValue(text[i]) is not { } digit || digit >= radix) return false;
        return true;
    }

    private static BigInteger Accumulate(string text, int start, int radix)
    {
        var value = BigInteger.Zero;
        for (var i = start; i < text.Length; i++) value = value * radix + DigitValue(text[i])!.Value;
        return value;
    }

    private static int? DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => null,
    };

    private static ArgumentException Invalid(string text, string kind, string reason) =>
        new($"The {kind} scalar '{text}' cannot be written: {reason}.", "scalar");
}
