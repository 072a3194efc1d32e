using System.Globalization;

namespace K8sTyped.Rules.Workloads;

/// <summary>
/// A rollout bound (<c>maxUnavailable</c>, <c>maxSurge</c>) read the way apps validation reads it: a non-negative
/// integer, or digits followed by <c>%</c> (IsValidPercent, <c>^[0-9]+%$</c>).
/// </summary>
internal readonly struct RolloutBound
{
    private RolloutBound(bool isValid, int amount, bool isPercent)
    {
        IsValid = isValid;
        Amount = amount;
        IsPercent = isPercent;
    }

    /// <summary>Whether the value is a non-negative integer or a well-formed percentage.</summary>
    public bool IsValid { get; }

    /// <summary>The integer, or the number before the <c>%</c>; 0 when invalid.</summary>
    public int Amount { get; }

    /// <summary>Whether the value is a percentage.</summary>
    public bool IsPercent { get; }

    /// <summary>Whether the value is 0 or 0%, which apps validation treats alike.</summary>
    public bool IsZero => IsValid && Amount == 0;

    /// <summary>Whether the value is a percentage above 100%.</summary>
    public bool IsOverHundredPercent => IsValid && IsPercent && Amount > 100;

    /// <summary>Reads a value.</summary>
    public static RolloutBound Read(IntOrString value)
    {
        if (value.IsInt)
            return new RolloutBound(value.IntValue >= 0, Math.Max(value.IntValue, 0), false);

        var text = value.StringValue;
        var digits = text.EndsWith("%", StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : "";
        var wellFormed = digits.Length > 0 && digits.All(c => c is >= '0' and <= '9')
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out _);
        return wellFormed
            ? new RolloutBound(true, int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture), true)
            : new RolloutBound(false, 0, true);
    }
}
