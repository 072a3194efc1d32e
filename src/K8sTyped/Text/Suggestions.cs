namespace K8sTyped.Text;

/// <summary>
/// "Did you mean" hints: which known names a mistyped one was probably meant to be. One policy for every message
/// (unknown YAML fields and kinds, enum values, references across the manifests), so hints read the same everywhere.
/// </summary>
internal static class Suggestions
{
    /// <summary>
    /// The candidates close to <paramref name="name"/>, best first: the same letters in another case, then within
    /// max(2, length / 3) edits — a typo, not a different word — but never as many edits as the name is long, since
    /// every short name is a few edits from any other. Ties are in ordinal order; the name itself is not a suggestion.
    /// </summary>
    public static IReadOnlyList<string> Closest(string name, IEnumerable<string> candidates)
    {
        var maxEdits = Math.Min(Math.Max(2, name.Length / 3), name.Length - 1);
        var lowered = name.ToLowerInvariant();
        return candidates
            .Where(c => !string.IsNullOrEmpty(c) && c != name)
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Rank: Rank(lowered, c)))
            .Where(x => x.Rank == 0 || x.Rank <= maxEdits)
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => x.Name)
            .ToList();
    }

    // 0 for the same letters in another case, otherwise the case-insensitive edit count (at least 1).
    private static int Rank(string loweredName, string candidate)
    {
        var lowered = candidate.ToLowerInvariant();
        return lowered == loweredName ? 0 : Math.Max(1, EditDistance(loweredName, lowered));
    }

    /// <summary>The best candidate, or null when none is close.</summary>
    public static string? Best(string name, IEnumerable<string> candidates) => Closest(name, candidates).FirstOrDefault();

    /// <summary>" Did you mean 'x'?" for the best candidate, or "" when none is close.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates) =>
        Best(name, candidates) is { } best ? $" Did you mean '{best}'?" : "";

    /// <summary>The Levenshtein distance: insertions, deletions and substitutions, case-sensitive.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
