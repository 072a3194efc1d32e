using K8sTyped.Identities;

namespace K8sTyped.Rules;

/// <summary>
/// The names of the claims one StatefulSet claim template makes, <c>&lt;template&gt;-&lt;set&gt;-&lt;ordinal&gt;</c> for each
/// ordinal, computed when asked: a set of a million replicas holds no million strings, and membership is a parse.
/// </summary>
internal sealed class ReplicaClaimNames : IReadOnlyList<string>
{
    private readonly string _prefix;

    public ReplicaClaimNames(string templateName, string statefulSetName, int start, int count)
    {
        _prefix = templateName + "-" + statefulSetName + "-";
        TemplateName = templateName;
        StatefulSetName = statefulSetName;
        Start = start;
        Count = count;
    }

    public string TemplateName { get; }

    public string StatefulSetName { get; }

    /// <summary>The first ordinal.</summary>
    public int Start { get; }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public string this[int index] => index >= 0 && index < Count
        ? StatefulSetIdentity.ClaimName(TemplateName, StatefulSetName, Start + index)
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The ordinal whose claim is named <paramref name="name"/>, if one of these claims is.</summary>
    public bool TryGetOrdinal(string name, out int ordinal)
    {
        ordinal = 0;
        if (!name.StartsWith(_prefix, StringComparison.Ordinal)) return false;
        var digits = name.Substring(_prefix.Length);
        // Only the canonical form the controller writes: no sign, no leading zero, no spaces.
        if (digits.Length == 0 || (digits.Length > 1 && digits[0] == '0') || !digits.All(c => c is >= '0' and <= '9')) return false;
        if (!long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)) return false;
        if (value < Start || value - Start >= Count) return false;
        ordinal = (int)value;
        return true;
    }

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
