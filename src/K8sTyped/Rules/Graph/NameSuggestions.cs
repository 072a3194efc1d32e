namespace K8sTyped.Rules.Graph;

/// <summary>Finds the names a mistyped name was probably meant to be, for "did you mean" hints.</summary>
internal static class NameSuggestions
{
    /// <summary>
    /// The candidates within a few edits of <paramref name="name"/>, closest first (ties in ordinal order); the exact
    /// name itself is not a suggestion.
    /// </summary>
    public static IReadOnlyList<string> Closest(string name, IEnumerable<string> candidates)
    {
        // A third of the length, at least two: "mariadb-hl" → "mariadb-headless" is too far, "mariadb-hedless" is not.
        var limit = Math.Max(2, name.Length / 3);
        return candidates
            .Where(c => !string.IsNullOrEmpty(c) && c != name)
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Distance: Distance(name, c)))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => x.Name)
            .ToList();
    }

    /// <summary>" Did you mean 'x'?" for the closest candidate, or "" when none is close.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates) =>
        Closest(name, candidates).FirstOrDefault() is { } best ? $" Did you mean '{best}'?" : "";

    /// <summary>The Levenshtein distance: insertions, deletions and substitutions.</summary>
    public static int Distance(string a, string b)
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
