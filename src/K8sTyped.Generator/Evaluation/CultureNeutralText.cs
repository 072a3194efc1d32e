using System.Globalization;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// Whether a value's text is the same under every culture, proved from the value itself. The compiler's culture is not
/// the culture the program runs under (tr-TR, de-DE, sv-SE, or invariant with InvariantGlobalization), so the build
/// accepts a culture-sensitive format only when no culture can change its text. The proofs rest on what .NET does under
/// every culture: it never localises digits; an integer's default, "D" and "X" formats are digits alone unless the
/// number is negative (the minus sign is the culture's: U+2212 under sv-SE); a floating-point number's default format
/// is digits alone when it is a whole number below the exponent range, and otherwise uses the culture's separator, sign or
/// exponent symbols; strings, chars, booleans, enum names, GUIDs and TimeSpan's constant format never use the culture.
/// </summary>
internal static class CultureNeutralText
{
    /// <summary>
    /// Null when <paramref name="value"/> formatted with <paramref name="format"/> and the current culture gives the same
    /// text under every culture; otherwise why not, for the middle of a sentence.
    /// </summary>
    public static string? WhyNot(object? value, string? format)
    {
        switch (value)
        {
            case null or string or char or bool or Guid:
                return null;
            case Enum member:
                // Names are culture-free; a value that is no member prints as its number, with the culture's minus sign.
                var text = member.ToString(format);
                return text.Length > 0 && (text[0] == '-' || text[0] == '\u2212')
                    ? $"the enum value {text} is a negative number, written with the culture's minus sign (U+2212 under sv-SE)"
                    : null;
            case sbyte or short or int or long or byte or ushort or uint or ulong:
                return IntegerWhyNot(value, format);
            case float or double or decimal:
                return FloatingWhyNot((IFormattable)value, format);
            case TimeSpan:
                return format is null or "" or "c" or "t" or "T"
                    ? null
                    : $"TimeSpan's format '{format}' uses the culture's separators; use the constant format (\"c\")";
            case IFormattable when !IsLibraryValue(value):
                return $"a {value.GetType().Name} is formatted by the culture the program runs under";
            default:
                // A tuple or a key-value pair prints its parts with their own ToString().
                foreach (var part in PartsOf(value))
                {
                    if (WhyNot(part, null) is { } reason) return reason;
                }

                return null;
        }
    }

    /// <summary>Null when upper-casing (or lower-casing) <paramref name="text"/> gives the same text under every culture.</summary>
    public static string? CasingWhyNot(string text, bool upper)
    {
        // Only ASCII has the same case mapping everywhere, and even there 'i' and 'I' map to 'İ' and 'ı' under tr-TR and az.
        var turkish = upper ? 'i' : 'I';
        foreach (var c in text)
        {
            if (c > '\u007f') return $"'{Shorten(text)}' has the non-ASCII '{c}', whose case mapping depends on the culture";
            if (c == turkish) return $"'{Shorten(text)}' has an '{turkish}', which becomes '{(upper ? 'İ' : 'ı')}' under tr-TR";
        }

        return null;
    }

    /// <summary>Null when parsing <paramref name="text"/> as a number gives the same value under every culture: ASCII digits only.</summary>
    public static string? ParsingWhyNot(string? text)
    {
        if (text is null || text.Length == 0) return null; // fails the same way everywhere
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
                return $"'{Shorten(text)}' is read with the culture's signs and separators ('1.5' is 15 under de-DE)";
        }

        return null;
    }

    private static string? IntegerWhyNot(object value, string? format)
    {
        var negative = value switch
        {
            sbyte n => n < 0,
            short n => n < 0,
            int n => n < 0,
            long n => n < 0,
            _ => false,
        };
        var kind = FormatKind(format);
        if (kind is 'X' or 'x') return null;
        if (kind is 'G' or 'g' && format!.Length > 1)
            return $"the format '{format}' may write an exponent or a decimal separator, which are the culture's";
        if (kind is not ('\0' or 'G' or 'g' or 'D' or 'd'))
            return $"the format '{format}' uses the culture's separators and symbols";
        return negative
            ? $"the negative number {InvariantCulture.Format(value, format)} is written with the culture's minus sign (U+2212 under sv-SE)"
            : null;
    }

    private static string? FloatingWhyNot(IFormattable value, string? format)
    {
        if (FormatKind(format) is not ('\0' or 'G' or 'g' or 'R' or 'r') || (format?.Length ?? 0) > 1)
            return $"the format '{format}' uses the culture's separators and symbols";
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
                return $"{text} is written with the culture's decimal separator, sign or exponent ('1.5' is '1,5' under de-DE)";
        }

        return null;
    }

    // The standard format's letter, '\0' for the default format; '?' for a custom format.
    private static char FormatKind(string? format)
    {
        if (format is null || format.Length == 0) return '\0';
        for (var i = 1; i < format.Length; i++)
        {
            if (format[i] is < '0' or > '9') return '?';
        }

        return char.IsLetter(format[0]) ? format[0] : '?';
    }

    private static IEnumerable<object?> PartsOf(object value)
    {
        var type = value.GetType();
        if (!type.IsGenericType) return [];
        var definition = type.GetGenericTypeDefinition();
        if (definition == typeof(KeyValuePair<,>))
            return [type.GetProperty("Key")!.GetValue(value), type.GetProperty("Value")!.GetValue(value)];
        var name = definition.FullName ?? "";
        if (name.StartsWith("System.ValueTuple`", StringComparison.Ordinal))
            return type.GetFields().Where(f => f.Name.StartsWith("Item", StringComparison.Ordinal) || f.Name == "Rest").Select(f => f.GetValue(value));
        if (name.StartsWith("System.Tuple`", StringComparison.Ordinal))
            return type.GetProperties().Where(p => p.Name.StartsWith("Item", StringComparison.Ordinal) || p.Name == "Rest").Select(p => p.GetValue(value));
        return [];
    }

    // K8sTyped's own values (Quantity, IntOrString, ...) format with the invariant culture.
    private static bool IsLibraryValue(object value) => value.GetType().Assembly == typeof(Quantity).Assembly;

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
}
