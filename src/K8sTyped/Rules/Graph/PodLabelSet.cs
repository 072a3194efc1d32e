namespace K8sTyped.Rules.Graph;

/// <summary>
/// The labels one pod will carry: the ones the manifests give it plus the ones its controller adds, some of which have
/// values only known at run time (a hash, a uid).
/// </summary>
/// <param name="Labels">Labels with known values.</param>
/// <param name="AnyValueKeys">Keys the controller sets to values not known before run time.</param>
internal sealed record PodLabelSet(IReadOnlyDictionary<string, string> Labels, IReadOnlyCollection<string> AnyValueKeys)
{
    /// <summary>Whether a Service selector (every pair must hold) may select this pod.</summary>
    public bool SelectedBy(IDictionary<string, string> selector) =>
        selector.All(pair => AnyValueKeys.Contains(pair.Key)
            || (Labels.TryGetValue(pair.Key, out var value) && value == pair.Value));

    /// <summary>The selector pairs this pod does not satisfy.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Unmet(IDictionary<string, string> selector) =>
        selector.Where(pair => !AnyValueKeys.Contains(pair.Key)
                && !(Labels.TryGetValue(pair.Key, out var value) && value == pair.Value))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();
}
