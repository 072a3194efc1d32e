using System.Numerics;

namespace K8sTyped;

/// <summary>
/// A Kubernetes resource quantity such as <c>500m</c>, <c>1.5</c>, <c>128Mi</c> or <c>1e3</c>
/// (apimachinery <c>resource.Quantity</c>), held exactly: no floating point is involved anywhere.
/// </summary>
/// <remarks>
/// <para>
/// The value follows the API server: it is rounded up (away from zero) to a whole number of nano units, and a
/// value written with a binary suffix is capped at 2^63-1 in magnitude.
/// </para>
/// <para>
/// Equality and ordering compare numeric values only: <c>1Gi == 1024Mi</c> even though the two print differently.
/// <see cref="ToString"/> returns the text the quantity was parsed from; <see cref="ToCanonicalString"/> returns the
/// form the API server stores. <c>default(Quantity)</c> is zero.
/// </para>
/// </remarks>
public readonly partial struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, IComparable
{
    private const int NanoExponent = -9;
    private static readonly BigInteger MaxBinaryMagnitude = long.MaxValue;

    // The value is _mantissa * 10^_exponent with no trailing zero digit in _mantissa (zero is 0 * 10^0),
    // so equal values have equal fields.
    private readonly BigInteger _mantissa;
    private readonly int _exponent;
    private readonly string? _text;

    private Quantity(BigInteger mantissa, int exponent, QuantityFormat format, string? text)
    {
        _mantissa = mantissa;
        _exponent = exponent;
        Format = format;
        _text = text;
    }

    /// <summary>The suffix family the canonical form is written in.</summary>
    public QuantityFormat Format { get; }

    /// <summary>Whether the value is zero.</summary>
    public bool IsZero => _mantissa.IsZero;

    /// <summary>-1, 0 or 1 as the value is negative, zero or positive.</summary>
    public int Sign => _mantissa.Sign;

    /// <summary>
    /// The value rounded to an integer away from zero (Kubernetes <c>Value()</c>: <c>1500m</c> gives 2, <c>-1.5</c> gives -2),
    /// saturating at <see cref="long.MinValue"/> and <see cref="long.MaxValue"/>.
    /// </summary>
    public long Value => ScaledValue(0);

    /// <summary>
    /// The value in thousandths rounded away from zero (Kubernetes <c>MilliValue()</c>: <c>1.5</c> gives 1500, <c>1n</c> gives 1),
    /// saturating at <see cref="long.MinValue"/> and <see cref="long.MaxValue"/>.
    /// </summary>
    public long MilliValue => ScaledValue(-3);

    /// <summary>Creates a binary SI quantity holding a number of bytes; its canonical form uses Ki, Mi, Gi... (1073741824 gives <c>1Gi</c>).</summary>
    /// <param name="bytes">The number of bytes.</param>
    public static Quantity FromBytes(long bytes) => FromValue(bytes, 0, QuantityFormat.BinarySI);

    /// <summary>
    /// Creates a quantity from a decimal value, normalised as the API server would normalise the same text:
    /// rounded up to whole nano units, capped at 2^63-1 in magnitude for <see cref="QuantityFormat.BinarySI"/>,
    /// and switched to <see cref="QuantityFormat.DecimalSI"/> when a binary value is a fraction of one.
    /// </summary>
    /// <param name="value">The value (<c>1.5m</c> in C# is the quantity 1.5, printed <c>1500m</c>).</param>
    /// <param name="format">The suffix family of the canonical form.</param>
    public static Quantity FromDecimal(decimal value, QuantityFormat format)
    {
        var bits = decimal.GetBits(value);
        var magnitude = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        return FromValue(value < 0 ? -magnitude : magnitude, -scale, format);
    }

    /// <summary>The value as a <see cref="decimal"/>.</summary>
    /// <exception cref="OverflowException">The value cannot be held exactly by a <see cref="decimal"/>.</exception>
    public decimal ToDecimal()
    {
        if (_exponent >= 0)
        {
            // decimal.MaxValue has 29 digits; checking first avoids expanding an exponent such as 1e2000000000.
            if (DecimalDigits.Count(_mantissa) + (long)_exponent > 29)
            {
                throw TooLargeForDecimal();
            }

            return (decimal)(_mantissa * DecimalDigits.Pow10(_exponent));
        }

        var magnitude = BigInteger.Abs(_mantissa);
        if (magnitude >> 96 != BigInteger.Zero)
        {
            throw TooLargeForDecimal();
        }

        var words = decimal.GetBits((decimal)magnitude);
        return new decimal(words[0], words[1], words[2], _mantissa.Sign < 0, (byte)-_exponent);
    }

    /// <summary>The text this quantity was parsed from, exactly; the canonical form when it was not parsed.</summary>
    public override string ToString() => _text ?? ToCanonicalString();

    /// <summary>
    /// The canonical form the API server stores and returns: the largest suffix of <see cref="Format"/> that needs no
    /// fractional digits (<c>1.5Gi</c> gives <c>1536Mi</c>, <c>1.5</c> gives <c>1500m</c>, <c>1024Mi</c> gives <c>1Gi</c>).
    /// </summary>
    public string ToCanonicalString() => QuantityCanonicalForm.Write(_mantissa, _exponent, Format);

    /// <summary>Whether <paramref name="other"/> has the same numeric value; format and text are ignored.</summary>
    /// <param name="other">The quantity to compare with.</param>
    public bool Equals(Quantity other) => _exponent == other._exponent && _mantissa.Equals(other._mantissa);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <summary>A hash of the numeric value, consistent with <see cref="Equals(Quantity)"/>.</summary>
    public override int GetHashCode() => unchecked((_mantissa.GetHashCode() * 397) ^ _exponent);

    /// <summary>Compares numeric values.</summary>
    /// <param name="other">The quantity to compare with.</param>
    public int CompareTo(Quantity other)
    {
        if (Sign != other.Sign)
        {
            return Sign.CompareTo(other.Sign);
        }

        return Sign * CompareMagnitudes(_mantissa, _exponent, other._mantissa, other._exponent);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Quantity other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(Quantity)}.", nameof(obj)),
    };

    /// <summary>Whether the two quantities have the same numeric value.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Whether the two quantities have different numeric values.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is numerically smaller.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is numerically larger.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is numerically smaller or equal.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is numerically larger or equal.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    /// <summary>Parses quantity text, e.g. <c>Quantity memory = "512Mi";</c>.</summary>
    /// <param name="text">The quantity text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a quantity; the message names the grammar and the mistake.</exception>
    public static implicit operator Quantity(string text) => Parse(text);

    /// <summary>A decimal SI quantity holding an integer, e.g. <c>Quantity replicasWorth = 3;</c>.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Quantity(int value) => FromValue(value, 0, QuantityFormat.DecimalSI);

    /// <summary>A decimal SI quantity holding an integer.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Quantity(long value) => FromValue(value, 0, QuantityFormat.DecimalSI);

    /// <summary>
    /// Applies the API server's normalisation to mantissa * 10^exponent; false when the exponent of the result
    /// does not fit an <see cref="int"/>.
    /// </summary>
    internal static bool TryNormalize(BigInteger mantissa, long exponent, QuantityFormat format, string? text, out Quantity quantity)
    {
        // A non-zero amount below the nano resolution still asks for something, so it rounds up rather than to zero.
        if (exponent < NanoExponent)
        {
            mantissa = DecimalDigits.DropDigitsRoundingAwayFromZero(mantissa, NanoExponent - exponent);
            exponent = NanoExponent;
        }

        DecimalDigits.RemoveTrailingZeros(ref mantissa, ref exponent);

        // Only binary SI is capped when parsed; decimal values keep their magnitude (ParseQuantity in quantity.go).
        if (format == QuantityFormat.BinarySI && CompareMagnitudes(mantissa, exponent, MaxBinaryMagnitude, 0) > 0)
        {
            mantissa = mantissa.Sign * MaxBinaryMagnitude;
            exponent = 0;
        }

        if (format == QuantityFormat.BinarySI && !mantissa.IsZero && DecimalDigits.Count(mantissa) + exponent <= 0)
        {
            format = QuantityFormat.DecimalSI; // a fraction of one has no binary spelling
        }

        if (exponent is > int.MaxValue or < int.MinValue)
        {
            quantity = default;
            return false;
        }

        quantity = new Quantity(mantissa, (int)exponent, format, text);
        return true;
    }

    private static Quantity FromValue(BigInteger mantissa, int exponent, QuantityFormat format)
    {
        // Cannot fail: callers pass exponents between -28 and 0.
        TryNormalize(mantissa, exponent, format, text: null, out var quantity);
        return quantity;
    }

    private OverflowException TooLargeForDecimal() =>
        new($"The quantity {ToCanonicalString()} does not fit a decimal exactly.");

    /// <summary>The value / 10^<paramref name="scale"/> rounded away from zero, saturated to the range of <see cref="long"/>.</summary>
    private long ScaledValue(int scale)
    {
        var shift = (long)_exponent - scale;
        if (shift < 0)
        {
            return (long)DecimalDigits.DropDigitsRoundingAwayFromZero(_mantissa, -shift);
        }

        // 10^19 exceeds long.MaxValue, so more digits than that saturate without computing the power.
        if (_mantissa.IsZero || DecimalDigits.Count(_mantissa) + shift <= 19)
        {
            var scaled = _mantissa * DecimalDigits.Pow10((int)shift);
            if (scaled >= long.MinValue && scaled <= long.MaxValue)
            {
                return (long)scaled;
            }
        }

        return _mantissa.Sign < 0 ? long.MinValue : long.MaxValue;
    }

    /// <summary>Compares |a| * 10^aExponent with |b| * 10^bExponent without expanding large exponents.</summary>
    private static int CompareMagnitudes(BigInteger a, long aExponent, BigInteger b, long bExponent)
    {
        if (a.IsZero || b.IsZero)
        {
            return (a.IsZero ? 0 : 1) - (b.IsZero ? 0 : 1);
        }

        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);

        // The position of the leading digit decides unless both lead at the same power of ten.
        var aOrder = DecimalDigits.Count(a) + aExponent;
        var bOrder = DecimalDigits.Count(b) + bExponent;
        if (aOrder != bOrder)
        {
            return aOrder.CompareTo(bOrder);
        }

        // Equal orders mean the exponent gap is at most the digit count, so aligning is cheap.
        return aExponent >= bExponent
            ? (a * DecimalDigits.Pow10((int)(aExponent - bExponent))).CompareTo(b)
            : a.CompareTo(b * DecimalDigits.Pow10((int)(bExponent - aExponent)));
    }
}
