namespace K8sTyped.Rules.Schema;

/// <summary>Finds the allowed value a mistyped one most likely meant: same letters in another case, or a small typo.</summary>
internal static class ClosestValue
{
    /// <summary>The best candidate for <paramref name="value"/>, or null when none is close enough to suggest.</summary>
    public static string? Find(string value, IReadOnlyList<string> allowed)
    {
        var sameLetters = allowed.FirstOrDefault(a => a.Length > 0 && string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
        if (sameLetters is not null) return sameLetters;

        // A third of the length in edits still reads as a typo ("ReadWriteOnc", "Retian"); more is a different word.
        var lowered = value.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            if (candidate.Length == 0) continue;
            var distance = EditDistance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(1, best.Length / 3) ? best : null;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    internal static int EditDistance(string a, string b)
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
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
