namespace K8sTyped.Generator.Analysis;

/// <summary>
/// How the analyzers' kept results recognise unchanged inputs: Roslyn hands out the same text for an unchanged file and
/// the caches hand out the same evaluations and objects, so "the same instances, in the same order" means "unchanged".
/// </summary>
internal static class SameInstances
{
    public static bool InOrder<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
        where T : class
    {
        if (left.Count != right.Count) return false;
        for (var i = 0; i < left.Count; i++)
        {
            if (!ReferenceEquals(left[i], right[i])) return false;
        }

        return true;
    }
}
