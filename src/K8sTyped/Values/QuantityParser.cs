using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace K8sTyped;

/// <summary>
/// Reads quantity text with the grammar of apimachinery quantity.go, explaining each rejection in terms a user can act on.
/// </summary>
/// <remarks>
/// Stricter than ParseQuantity in one respect: Go reads texts with no digit at all ("Gi", ".", "-") as zero although its
/// own grammar requires a number; here they are rejected, since such text is always a mistake.
/// </remarks>
internal static class QuantityParser
{
    /// <summary>The grammar, appended to every rejection.</summary>
    public const string Grammar =
        "A quantity is <signedNumber><suffix>: an optional + or -, a number (1, 1.5, .5 or 1.), then an optional suffix: "
        + "binary Ki Mi Gi Ti Pi Ei (powers of 1024), decimal n u m k M G T P E (powers of 1000), "
        + "or an exponent e or E followed by an integer (1e3, 1E-3).";

    /// <summary>
    /// The most digits a quantity's number may have. The API server sets no such limit (only its 3 MiB request size does),
    /// but values it can use have at most 28 significant digits (int64 at nano resolution); a limit keeps absurd texts
    /// a quick, clear error rather than megabytes of arithmetic.
    /// </summary>
    public const int MaxDigits = 1000;

    // Longer texts are shortened when a message quotes them.
    private const int MaxQuotedLength = 64;

    // Indexed alike: the upper-case letter of each multiple suffix, its power of ten and its power of two.
    private const string MultipleLetters = "KMGTPE";

    public static bool TryParse(string text, out Quantity quantity, [NotNullWhen(false)] out string? error) =>
        TryParse(text, out quantity, out error, out _);

    /// <summary>
    /// The valid quantities a rejected <paramref name="text"/> was probably meant to be, best first: the ones its error
    /// message offers ('250mb' gives 250M and 250Mi). Empty when the text is valid or no fix is obvious.
    /// </summary>
    public static IReadOnlyList<string> Suggestions(string text)
    {
        TryParse(text, out _, out _, out var suggestions);
        return suggestions;
    }

    private static bool TryParse(string text, out Quantity quantity, [NotNullWhen(false)] out string? error, out IReadOnlyList<string> suggestions)
    {
        quantity = default;
        suggestions = [];
        if (text.Length == 0)
        {
            return Fail(text, "the text is empty", suggestion: null, out error, out suggestions);
        }

        if (text.Any(char.IsWhiteSpace))
        {
            var compact = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
            var suggestion = compact.Length > 0 && TryParse(compact, out _, out _) ? new Suggestion($"did you mean '{compact}'?", compact) : null;
            return Fail(text, "it contains whitespace, and quantities are written without spaces", suggestion, out error, out suggestions);
        }

        var position = 0;
        var negative = text[0] == '-';
        if (text[0] is '+' or '-')
        {
            position++;
        }

        if (position < text.Length && text[position] is '+' or '-')
        {
            return Fail(text, "it has more than one sign", suggestion: null, out error, out suggestions);
        }

        var integerDigits = ReadDigits(text, ref position);
        var fractionDigits = "";
        if (position < text.Length && text[position] == '.')
        {
            position++;
            fractionDigits = ReadDigits(text, ref position);
        }

        if (integerDigits.Length + fractionDigits.Length == 0)
        {
            return Fail(text, "the number is missing (a quantity starts with digits, as in 1Gi or .5)", suggestion: null, out error, out suggestions);
        }

        if (position < text.Length && text[position] == '.')
        {
            return Fail(text, "the number has more than one decimal point", suggestion: null, out error, out suggestions);
        }

        if (integerDigits.Length + fractionDigits.Length > MaxDigits)
        {
            return Fail(text, $"the number has {integerDigits.Length + fractionDigits.Length} digits, more than the {MaxDigits} a quantity may have", suggestion: null, out error, out suggestions);
        }

        var number = text.Substring(0, position);
        var suffix = text.Substring(position);
        QuantityFormat format;
        long powerOfTen;
        var powerOf1024 = 0;
        if (IsExponent(suffix))
        {
            switch (ReadExponent(suffix, out powerOfTen))
            {
                case ExponentReading.Malformed:
                    return Fail(text, $"the exponent '{suffix}' must be {suffix[0]} followed by an integer, as in 1e3 or 1E-3", suggestion: null, out error, out suggestions);
                case ExponentReading.OutOfRange:
                    return Fail(text, $"the exponent '{suffix}' is out of range", suggestion: null, out error, out suggestions);
            }

            format = QuantityFormat.DecimalExponent;
        }
        else if (QuantitySuffixes.TryReadUnit(suffix, out format, out var unitPowerOfTen, out powerOf1024))
        {
            powerOfTen = unitPowerOfTen;
        }
        else
        {
            return Fail(text, $"'{suffix}' is not a unit suffix", SuggestUnit(number, suffix), out error, out suggestions);
        }

        // Trailing zeros go into the exponent while still text: counting them costs a scan, removing them from a
        // BigInteger costs a division each.
        var digits = (integerDigits + fractionDigits).TrimEnd('0');
        var trailingZeros = integerDigits.Length + fractionDigits.Length - digits.Length;
        var mantissa = digits.Length == 0
            ? BigInteger.Zero
            : BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) << (10 * powerOf1024);
        var exponent = powerOfTen - fractionDigits.Length + trailingZeros;
        if (!Quantity.TryNormalize(negative ? -mantissa : mantissa, exponent, format, text, out quantity))
        {
            return Fail(text, $"the exponent '{suffix}' is out of range", suggestion: null, out error, out suggestions);
        }

        error = null;
        return true;
    }

    private static string ReadDigits(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && IsDigit(text[position]))
        {
            position++;
        }

        return text.Substring(start, position - start);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Whether the suffix is an attempt at an exponent: e or E followed by nothing, a sign or a digit, except E (exa) itself.</summary>
    private static bool IsExponent(string suffix) =>
        suffix.Length > 0 && suffix[0] is 'e' or 'E' && suffix != "E"
        && (suffix.Length == 1 || suffix[1] is '+' or '-' || IsDigit(suffix[1]));

    private enum ExponentReading
    {
        Valid,
        Malformed,
        OutOfRange,
    }

    private static ExponentReading ReadExponent(string suffix, out long exponent)
    {
        exponent = 0;
        var position = suffix.Length > 1 && suffix[1] is '+' or '-' ? 2 : 1;
        if (position == suffix.Length)
        {
            return ExponentReading.Malformed;
        }

        for (; position < suffix.Length; position++)
        {
            if (!IsDigit(suffix[position]))
            {
                return ExponentReading.Malformed;
            }

            // Stop growing once beyond int range: the verdict is already out of range, and long must not overflow.
            if (exponent <= int.MaxValue)
            {
                exponent = (exponent * 10) + (suffix[position] - '0');
            }
        }

        if (exponent > int.MaxValue)
        {
            return ExponentReading.OutOfRange;
        }

        exponent = suffix[1] == '-' ? -exponent : exponent;
        return ExponentReading.Valid;
    }

    /// <summary>
    /// Suggests the suffix meant by the usual mix-ups with byte units and letter case: 10GB, 250mb, 1GiB, 1gi, 1K.
    /// </summary>
    private static Suggestion? SuggestUnit(string number, string suffix)
    {
        var unit = suffix;
        if (unit is "B" or "b")
        {
            return new Suggestion($"did you mean '{number}'? A number without a suffix already counts bytes", number);
        }

        if (unit.Length >= 2 && unit[unit.Length - 1] is 'B' or 'b')
        {
            unit = unit.Substring(0, unit.Length - 1);
        }

        var index = MultipleLetters.IndexOf(char.ToUpperInvariant(unit[0]));
        if (index < 0 || unit.Length > 2)
        {
            return null;
        }

        var letter = MultipleLetters[index];
        if (unit.Length == 2)
        {
            return unit[1] is 'i' or 'I' ? new Suggestion($"did you mean '{number}{letter}i'?", $"{number}{letter}i") : null;
        }

        var decimalSymbol = letter == 'K' ? "k" : letter.ToString();
        var power = index + 1;
        return new Suggestion(
            $"did you mean '{number}{decimalSymbol}' (10^{3 * power}) or '{number}{letter}i' (2^{10 * power})?",
            $"{number}{decimalSymbol}", $"{number}{letter}i");
    }

    private static bool Fail(string text, string problem, Suggestion? suggestion, out string error, out IReadOnlyList<string> suggestions)
    {
        suggestions = suggestion?.Values ?? [];
        var sentence = suggestion is null ? problem : $"{problem}; {suggestion.Sentence}";
        // A suggestion may end in a question mark ("did you mean ...?"), which takes no full stop after it.
        if (!sentence.EndsWith("?", StringComparison.Ordinal)) sentence += ".";
        var quoted = text.Length <= MaxQuotedLength ? text : text.Substring(0, MaxQuotedLength) + "...";
        error = $"'{quoted}' is not a valid Kubernetes quantity: {sentence} {Grammar}";
        return false;
    }

    /// <summary>A fix the message offers: the sentence that offers it and the valid quantities it names, best first.</summary>
    private sealed class Suggestion(string sentence, params string[] values)
    {
        public string Sentence { get; } = sentence;

        public IReadOnlyList<string> Values { get; } = values;
    }
}
