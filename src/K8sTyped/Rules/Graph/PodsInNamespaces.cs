using System.Runtime.CompilerServices;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// The label sets of every pod the manifests (and the cluster inventory) run, indexed by namespace and by label, built
/// once per validation run: asking whether a selector selects any pod, and which pod comes closest, then costs about
/// the pods that share a label with the selector, not every pod of the graph (so a graph of many Services and workloads
/// is checked in linear, not quadratic, time).
/// </summary>
internal sealed class PodsInNamespaces
{
    private static readonly ConditionalWeakTable<RuleContext, PodsInNamespaces> s_cache = new();

    private readonly List<(PodSpecSite Site, PodLabelSet Labels)> _manifestPods;
    private readonly List<(PodSpecSite Site, PodLabelSet Labels)> _inventoryPods;
    private readonly List<(PodSpecSite Site, PodLabelSet Labels)> _deployedElsewherePods;
    private readonly Dictionary<string, Namespace> _namespaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Namespace> _elsewhereNamespaces = new(StringComparer.Ordinal);

    private PodsInNamespaces(RuleContext context)
    {
        _manifestPods = Pods(WorkloadQueries.PodSpecs(context.Manifests));
        _inventoryPods = Pods(context.Inventory.Objects.Select(WorkloadQueries.PodSpecOf).OfType<PodSpecSite>());
        _deployedElsewherePods = Pods(context.Manifests.Externals.Deployed.Select(WorkloadQueries.PodSpecOf).OfType<PodSpecSite>());
    }

    /// <summary>The index of the run's manifests, built on first use.</summary>
    public static PodsInNamespaces Of(RuleContext context) => s_cache.GetValue(context, static c => new PodsInNamespaces(c));

    /// <summary>
    /// Whether <paramref name="selector"/> selects a pod in <paramref name="namespace"/> (the manifests' pods there,
    /// and the inventory's: all of them when the namespace is "", as such objects land wherever they are applied, and
    /// the pods other applications deploy there), else the pod of the manifests or the inventory that leaves the fewest
    /// selector pairs unmet (first by owner name), or null when there is none.
    /// </summary>
    public (bool Selected, (PodSpecSite Site, PodLabelSet Labels)? Closest) Match(string? @namespace, IDictionary<string, string> selector)
    {
        var match = Match(In(@namespace ?? ""), selector);
        // Another application's pods are only a reason not to report: they are not this application's to name as closest.
        return match.Selected || !Match(DeployedElsewhereIn(@namespace ?? ""), selector).Selected ? match : (true, null);
    }

    private static (bool Selected, (PodSpecSite Site, PodLabelSet Labels)? Closest) Match(Namespace pods, IDictionary<string, string> selector)
    {
        if (pods.All.Count == 0) return (false, null);

        var matched = new Dictionary<int, int>();
        foreach (var pair in selector)
        {
            foreach (var index in pods.Carrying(pair.Key, pair.Value))
                matched[index] = matched.TryGetValue(index, out var count) ? count + 1 : 1;
        }

        if (matched.Any(entry => entry.Value == selector.Count)) return (true, null);
        if (matched.Count == 0) return (false, pods.All[pods.FirstByOwnerName]);
        var best = matched.Max(entry => entry.Value);
        var closest = matched.Where(entry => entry.Value == best).Select(entry => entry.Key)
            .OrderBy(index => ManifestSet.NameOf(pods.All[index].Site.Owner), StringComparer.Ordinal)
            .ThenBy(index => index)
            .First();
        return (false, pods.All[closest]);
    }

    private Namespace In(string @namespace)
    {
        if (!_namespaces.TryGetValue(@namespace, out var pods))
        {
            var all = _manifestPods.Where(pod => ManifestSet.NamespaceOf(pod.Site.Owner) == @namespace)
                .Concat(_inventoryPods.Where(pod => @namespace == "" || ManifestSet.NamespaceOf(pod.Site.Owner) == @namespace))
                .ToList();
            _namespaces[@namespace] = pods = new Namespace(all);
        }

        return pods;
    }

    private Namespace DeployedElsewhereIn(string @namespace)
    {
        if (!_elsewhereNamespaces.TryGetValue(@namespace, out var pods))
            _elsewhereNamespaces[@namespace] = pods = new Namespace([.. _deployedElsewherePods.Where(pod => ManifestSet.NamespaceOf(pod.Site.Owner) == @namespace)]);
        return pods;
    }

    private static List<(PodSpecSite Site, PodLabelSet Labels)> Pods(IEnumerable<PodSpecSite> sites) =>
        [.. sites.SelectMany(site => PodLabelSets.Of(site).Select(labels => (Site: site, Labels: labels)))];

    /// <summary>The pods of one namespace, with which carry each label (or any value of a key their controller sets).</summary>
    private sealed class Namespace
    {
        private readonly Dictionary<(string Key, string Value), List<int>> _byLabel = [];
        private readonly Dictionary<string, List<int>> _byAnyValueKey = new(StringComparer.Ordinal);

        public Namespace(List<(PodSpecSite Site, PodLabelSet Labels)> all)
        {
            All = all;
            for (var i = 0; i < all.Count; i++)
            {
                foreach (var label in all[i].Labels.Labels)
                    Add(_byLabel, (label.Key, label.Value), i);
                foreach (var key in all[i].Labels.AnyValueKeys)
                    Add(_byAnyValueKey, key, i);
                if (string.CompareOrdinal(ManifestSet.NameOf(all[i].Site.Owner), ManifestSet.NameOf(all[FirstByOwnerName].Site.Owner)) < 0)
                    FirstByOwnerName = i;
            }
        }

        public List<(PodSpecSite Site, PodLabelSet Labels)> All { get; }

        public int FirstByOwnerName { get; }

        /// <summary>The pods a selector pair is met by (as <see cref="PodLabelSet.SelectedBy"/> counts it), each once.</summary>
        public IEnumerable<int> Carrying(string key, string value)
        {
            var exact = _byLabel.TryGetValue((key, value), out var withLabel) ? withLabel : [];
            var any = _byAnyValueKey.TryGetValue(key, out var withKey) ? withKey : [];
            return any.Count == 0 ? exact : exact.Union(any);
        }

        private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int pod)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var pods)) index[key] = pods = [];
            pods.Add(pod);
        }
    }
}
