using System.Globalization;
using System.Numerics;

namespace K8sTyped;

/// <summary>Base-10 helpers for values held as an integer mantissa times a power of ten.</summary>
internal static class DecimalDigits
{
    private static readonly BigInteger Ten = 10;

    /// <summary>10 to the power <paramref name="exponent"/> (non-negative).</summary>
    public static BigInteger Pow10(int exponent) => BigInteger.Pow(Ten, exponent);

    /// <summary>The number of decimal digits of |<paramref name="value"/>|; 1 for zero.</summary>
    /// <remarks>Comparing quantities counts digits, and the binding simulation compares many: most fit in 64 bits, counted without text.</remarks>
    public static int Count(BigInteger value)
    {
        var magnitude = BigInteger.Abs(value);
        if (magnitude > ulong.MaxValue) return magnitude.ToString(CultureInfo.InvariantCulture).Length;

        var digits = 1;
        for (var rest = (ulong)magnitude; rest >= 10; rest /= 10) digits++;
        return digits;
    }

    /// <summary>
    /// Moves every trailing zero digit of <paramref name="mantissa"/> into <paramref name="exponent"/>, one division per zero:
    /// callers pass mantissas with few of them (the parser moves those of the text into the exponent itself).
    /// </summary>
    public static void RemoveTrailingZeros(ref BigInteger mantissa, ref long exponent)
    {
        if (mantissa.IsZero)
        {
            exponent = 0;
            return;
        }

        while (true)
        {
            var quotient = BigInteger.DivRem(mantissa, Ten, out var remainder);
            if (!remainder.IsZero)
            {
                return;
            }

            mantissa = quotient;
            exponent++;
        }
    }

    /// <summary>
    /// Divides <paramref name="mantissa"/> by 10^<paramref name="digits"/>, rounding away from zero:
    /// the rounding Kubernetes applies so that asking for a tiny amount never yields nothing.
    /// </summary>
    public static BigInteger DropDigitsRoundingAwayFromZero(BigInteger mantissa, long digits)
    {
        if (mantissa.IsZero)
        {
            return mantissa;
        }

        // Every digit dropped: the magnitude is below one unit, so it rounds to one unit.
        if (digits >= Count(mantissa))
        {
            return mantissa.Sign;
        }

        var quotient = BigInteger.DivRem(mantissa, Pow10((int)digits), out var remainder);
        return remainder.IsZero ? quotient : quotient + mantissa.Sign;
    }
}
