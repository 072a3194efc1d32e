using System.Globalization;

namespace K8sTyped;

/// <summary>
/// A field that holds either a 32-bit integer or a string (apimachinery <c>intstr.IntOrString</c>), such as a port
/// (<c>8080</c> or <c>http</c>) or a rollout bound (<c>1</c> or <c>25%</c>). <c>default(IntOrString)</c> is the integer 0.
/// </summary>
/// <remarks>The kind is part of the value: the integer 8080 and the string "8080" are different values and serialize differently.</remarks>
public readonly struct IntOrString : IEquatable<IntOrString>
{
    private readonly int _int;
    private readonly string? _string;

    /// <summary>Holds an integer.</summary>
    /// <param name="value">The integer.</param>
    public IntOrString(int value)
    {
        _int = value;
        _string = null;
    }

    /// <summary>Holds a string.</summary>
    /// <param name="value">The string.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public IntOrString(string value)
    {
        _int = 0;
        _string = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Whether an integer is held.</summary>
    public bool IsInt => _string is null;

    /// <summary>The integer held.</summary>
    /// <exception cref="InvalidOperationException">A string is held.</exception>
    public int IntValue => IsInt ? _int : throw new InvalidOperationException($"The IntOrString holds the string '{_string}', not an integer.");

    /// <summary>The string held.</summary>
    /// <exception cref="InvalidOperationException">An integer is held.</exception>
    public string StringValue => _string ?? throw new InvalidOperationException($"The IntOrString holds the integer {_int}, not a string.");

    /// <summary>Whether a string ending in <c>%</c> is held, as Kubernetes decides it for fields such as <c>maxUnavailable</c>.</summary>
    public bool IsPercent => _string is not null && _string.EndsWith("%", StringComparison.Ordinal);

    /// <summary>
    /// The absolute number this value stands for out of <paramref name="total"/> (Kubernetes
    /// <c>GetScaledValueFromIntOrPercent</c>): an integer as it is, a percentage as that share of the total.
    /// </summary>
    /// <param name="total">The amount a percentage is taken of, such as the replica count.</param>
    /// <param name="roundUp">Whether a fractional share rounds up (as for <c>maxSurge</c>) or down (as for <c>maxUnavailable</c>).</param>
    /// <exception cref="FormatException">A string is held that is not an integer followed by <c>%</c>.</exception>
    /// <exception cref="OverflowException">The share does not fit an <see cref="int"/>.</exception>
    public int GetScaledValue(int total, bool roundUp)
    {
        if (_string is null)
        {
            return _int;
        }

        if (!IsPercent)
        {
            throw new FormatException($"Invalid value for IntOrString '{_string}': a string must be a percentage such as 25%.");
        }

        var number = _string.Substring(0, _string.Length - 1);
        if (!IsInteger(number) || !int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var percent))
        {
            throw new FormatException($"Invalid value for IntOrString '{_string}': a percentage is an integer followed by %, such as 25%.");
        }

        // Exact integer division; Kubernetes computes the same ceiling or floor in float64.
        var share = (long)percent * total;
        var quotient = share / 100;
        var remainder = share % 100;
        if (remainder != 0 && (remainder > 0) == roundUp)
        {
            quotient += roundUp ? 1 : -1;
        }

        return checked((int)quotient);
    }

    /// <summary>The integer in invariant digits, or the string as it is.</summary>
    public override string ToString() => _string ?? _int.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether both hold the same kind and the same value.</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(IntOrString other) => _int == other._int && string.Equals(_string, other._string, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IntOrString other && Equals(other);

    /// <summary>A hash consistent with <see cref="Equals(IntOrString)"/>.</summary>
    public override int GetHashCode() => _string is null ? _int : StringComparer.Ordinal.GetHashCode(_string);

    /// <summary>Whether both hold the same kind and the same value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(IntOrString left, IntOrString right) => left.Equals(right);

    /// <summary>Whether the kinds or the values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(IntOrString left, IntOrString right) => !left.Equals(right);

    /// <summary>Holds an integer.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator IntOrString(int value) => new(value);

    /// <summary>Holds a string.</summary>
    /// <param name="value">The string.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator IntOrString(string value) => new(value);

    // strconv.Atoi syntax: an optional sign and at least one ASCII digit, nothing else.
    private static bool IsInteger(string text)
    {
        var start = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        return text.Length > start && text.Skip(start).All(c => c is >= '0' and <= '9');
    }
}
