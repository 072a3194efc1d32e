namespace K8sTyped.Serialization;

/// <summary>Finds the known name a misspelt one was most likely meant to be, for "did you mean" hints.</summary>
internal static class NameSuggestion
{
    private const int MaxDistance = 2;

    /// <summary>The closest of <paramref name="known"/> within an edit distance of 2 (and shorter than the name itself), or null.</summary>
    public static string? Closest(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = EditDistance(name, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // For very short names every other short name is within two edits; such a hint would be noise.
        return bestDistance <= MaxDistance && bestDistance < name.Length ? best : null;
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions), case-sensitive.</summary>
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
