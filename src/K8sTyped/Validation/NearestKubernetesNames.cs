using System.Text;

namespace K8sTyped.Validation;

/// <summary>
/// The valid name closest to an invalid one, for each name grammar of <see cref="KubernetesNames"/>: lower case,
/// every character the grammar does not allow replaced by '-', characters that may not start or end a name trimmed,
/// cut to the grammar's length. "My_DB" becomes "my-db". Messages and the editor's code fixes offer the same name.
/// </summary>
public static class NearestKubernetesNames
{
    /// <summary>The DNS-1123 label (<see cref="KubernetesNames.CheckDns1123Label"/>) closest to <paramref name="name"/>, or null when nothing of it is usable.</summary>
    public static string? Dns1123Label(string name) =>
        Label(name, KubernetesNames.LabelMaxLength, IsLowerAlphanumeric);

    /// <summary>
    /// The DNS-1035 label (<see cref="KubernetesNames.CheckDns1035Label"/>, Service names) closest to <paramref name="name"/>:
    /// as <see cref="Dns1123Label"/>, and leading digits are dropped, since the label must start with a letter. Null when nothing of it is usable.
    /// </summary>
    public static string? Dns1035Label(string name) =>
        Label(name, KubernetesNames.LabelMaxLength, c => c is >= 'a' and <= 'z');

    /// <summary>
    /// The DNS-1123 subdomain (<see cref="KubernetesNames.CheckDns1123Subdomain"/>) closest to <paramref name="name"/>:
    /// each dot-separated part becomes a label, empty parts are dropped. Null when nothing of it is usable.
    /// </summary>
    public static string? Dns1123Subdomain(string name)
    {
        Require.NotNull(name, nameof(name));
        var labels = name.Split('.')
            .Select(part => Trim(Replace(part), IsLowerAlphanumeric, IsLowerAlphanumeric))
            .Where(part => part.Length > 0);
        var joined = string.Join(".", labels);
        // Cutting may leave a '-' or '.' at the end; the end must be alphanumeric again.
        var cut = joined.Length > KubernetesNames.SubdomainMaxLength ? joined.Substring(0, KubernetesNames.SubdomainMaxLength) : joined;
        return NullIfEmpty(Trim(cut, IsLowerAlphanumeric, IsLowerAlphanumeric));
    }

    private static string? Label(string name, int maxLength, Func<char, bool> mayStart)
    {
        Require.NotNull(name, nameof(name));
        var trimmed = Trim(Replace(name), mayStart, IsLowerAlphanumeric);
        var cut = trimmed.Length > maxLength ? trimmed.Substring(0, maxLength) : trimmed;
        return NullIfEmpty(Trim(cut, mayStart, IsLowerAlphanumeric));
    }

    // Lower case (invariant), and '-' for every character outside [-a-z0-9], dots included: a label has none.
    private static string Replace(string name)
    {
        var result = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
            result.Append(IsLowerAlphanumeric(c) ? c : '-');
        return result.ToString();
    }

    private static string Trim(string value, Func<char, bool> mayStart, Func<char, bool> mayEnd)
    {
        var start = 0;
        while (start < value.Length && !mayStart(value[start])) start++;
        var end = value.Length;
        while (end > start && !mayEnd(value[end - 1])) end--;
        return value.Substring(start, end - start);
    }

    private static bool IsLowerAlphanumeric(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
