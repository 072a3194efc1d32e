namespace K8sTyped;

/// <summary>The unit suffixes of the quantity grammar (apimachinery suffix.go), read and written.</summary>
internal static class QuantitySuffixes
{
    /// <summary>Binary suffixes by power of 1024, starting at 1024^1.</summary>
    private static readonly string[] Binary = ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];

    /// <summary>The smallest power of ten with a decimal SI suffix (n).</summary>
    public const int SmallestDecimalExponent = -9;

    /// <summary>The largest power of ten with a decimal SI suffix (E).</summary>
    public const int LargestDecimalExponent = 18;

    /// <summary>Decimal SI suffixes by power of ten, from 10^-9 in steps of 1000.</summary>
    private static readonly string[] Decimal = ["n", "u", "m", "", "k", "M", "G", "T", "P", "E"];

    /// <summary>
    /// Reads a unit suffix (not an exponent): <paramref name="powerOfTen"/> for decimal SI,
    /// <paramref name="powerOf1024"/> for binary SI. Both are 0 for the empty suffix.
    /// </summary>
    public static bool TryReadUnit(string suffix, out QuantityFormat format, out int powerOfTen, out int powerOf1024)
    {
        powerOfTen = 0;
        powerOf1024 = 0;
        var decimalIndex = Array.IndexOf(Decimal, suffix);
        if (decimalIndex >= 0)
        {
            format = QuantityFormat.DecimalSI;
            powerOfTen = SmallestDecimalExponent + (3 * decimalIndex);
            return true;
        }

        var binaryIndex = Array.IndexOf(Binary, suffix);
        format = QuantityFormat.BinarySI;
        powerOf1024 = binaryIndex + 1;
        return binaryIndex >= 0;
    }

    /// <summary>The decimal SI suffix for a multiple of three between -9 and 18.</summary>
    public static string ForPowerOfTen(int exponent) => Decimal[(exponent - SmallestDecimalExponent) / 3];

    /// <summary>The binary suffix for 1024^<paramref name="power"/>, or "" for power 0.</summary>
    public static string ForPowerOf1024(int power) => power == 0 ? "" : Binary[power - 1];
}
