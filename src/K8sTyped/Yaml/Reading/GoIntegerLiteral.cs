namespace K8sTyped.Yaml.Reading;

/// <summary>
/// Integer text as Go's <c>strconv.ParseInt(s, 0, 64)</c> reads it, which go-yaml v2 uses: an optional sign, then
/// <c>0x</c>/<c>0X</c> hexadecimal, <c>0o</c>/<c>0O</c> or a bare leading <c>0</c> octal, <c>0b</c>/<c>0B</c> binary, or decimal digits.
/// </summary>
/// <param name="IsNegative">Whether the text starts with '-'.</param>
/// <param name="HasSign">Whether the text starts with '+' or '-'.</param>
/// <param name="Magnitude">The absolute value, when <paramref name="Overflows"/> is false.</param>
/// <param name="Overflows">Whether the absolute value exceeds <see cref="ulong.MaxValue"/>.</param>
internal readonly record struct GoIntegerLiteral(bool IsNegative, bool HasSign, ulong Magnitude, bool Overflows)
{
    /// <summary>Whether the value is within <see cref="long"/>'s range.</summary>
    public bool FitsInt64 => !Overflows && (IsNegative ? Magnitude <= 1UL << 63 : Magnitude <= long.MaxValue);

    public long ToInt64() => IsNegative ? unchecked((long)(0UL - Magnitude)) : (long)Magnitude;

    /// <summary>Parses with the base taken from the prefix (Go's base 0); underscores must already be removed.</summary>
    public static bool TryParse(string text, out GoIntegerLiteral literal) => TryParse(text, 0, out literal);

    /// <summary>Parses in a fixed base, or with the base taken from the prefix when <paramref name="radix"/> is 0.</summary>
    public static bool TryParse(string text, int radix, out GoIntegerLiteral literal)
    {
        literal = default;
        var i = 0;
        var isNegative = false;
        var hasSign = text.Length > 0 && text[0] is '+' or '-';
        if (hasSign)
        {
            isNegative = text[0] == '-';
            i = 1;
        }

        if (i == text.Length) return false;
        if (radix == 0)
        {
            radix = 10;
            if (text[i] == '0')
            {
                var hasPrefixLetter = text.Length - i >= 3;
                switch (hasPrefixLetter ? char.ToLowerInvariant(text[i + 1]) : '\0')
                {
                    case 'x': radix = 16; i += 2; break;
                    case 'o': radix = 8; i += 2; break;
                    case 'b': radix = 2; i += 2; break;
                    default: radix = 8; i += 1; break;
                }
            }
        }

        ulong magnitude = 0;
        var overflows = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' ? char.ToLowerInvariant(c) - 'a' + 10 : int.MaxValue;
            if (digit >= radix) return false;
            if (overflows) continue;
            if (magnitude > (ulong.MaxValue - (ulong)digit) / (ulong)radix) overflows = true;
            else magnitude = magnitude * (ulong)radix + (ulong)digit;
        }

        literal = new GoIntegerLiteral(isNegative, hasSign, magnitude, overflows);
        return true;
    }
}
