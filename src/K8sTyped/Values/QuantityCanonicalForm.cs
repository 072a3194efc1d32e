using System.Globalization;
using System.Numerics;

namespace K8sTyped;

/// <summary>Writes the API server's canonical form of a quantity (CanonicalizeBytes in apimachinery quantity.go).</summary>
internal static class QuantityCanonicalForm
{
    private static readonly BigInteger BinaryStep = 1024;

    /// <summary>
    /// Writes mantissa * 10^exponent (mantissa without trailing zeros) in <paramref name="format"/>: the largest suffix
    /// that leaves an integer number, e.g. 1536Mi, 1500m, 12e6.
    /// </summary>
    public static string Write(BigInteger mantissa, int exponent, QuantityFormat format)
    {
        if (mantissa.IsZero)
        {
            return "0";
        }

        // Binary suffixes only for integers of at least 1Ki; smaller or fractional values use decimal SI (1000 gives "1k", 0.5 gives "500m").
        // Binary values are capped at 2^63-1 when created, so expanding the exponent is cheap.
        if (format == QuantityFormat.BinarySI)
        {
            if (exponent >= 0)
            {
                var integer = mantissa * DecimalDigits.Pow10(exponent);
                if (BigInteger.Abs(integer) >= BinaryStep)
                {
                    return WriteBinary(integer);
                }
            }

            format = QuantityFormat.DecimalSI;
        }

        // Lower the exponent to a multiple of three (floor, also for negatives) by moving digits into the mantissa.
        var exponentStep = exponent - Mod(exponent, 3);
        mantissa *= DecimalDigits.Pow10(exponent - exponentStep);

        // Beyond E there is no SI suffix: the exponent form is used instead, as quantity.go does since
        // kubernetes/kubernetes#140459 (it used to emit the bare number, "1000E" as "1").
        if (format == QuantityFormat.DecimalExponent || exponentStep > QuantitySuffixes.LargestDecimalExponent)
        {
            return exponentStep == 0 ? Integer(mantissa) : Integer(mantissa) + "e" + exponentStep.ToString(CultureInfo.InvariantCulture);
        }

        return Integer(mantissa) + QuantitySuffixes.ForPowerOfTen(exponentStep);
    }

    private static string WriteBinary(BigInteger integer)
    {
        var power = 0;
        while (true)
        {
            var quotient = BigInteger.DivRem(integer, BinaryStep, out var remainder);
            if (!remainder.IsZero)
            {
                break;
            }

            integer = quotient;
            power++;
        }

        return Integer(integer) + QuantitySuffixes.ForPowerOf1024(power);
    }

    private static int Mod(int value, int divisor) => ((value % divisor) + divisor) % divisor;

    private static string Integer(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);
}
