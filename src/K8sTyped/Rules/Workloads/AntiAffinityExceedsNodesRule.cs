using K8sTyped.Validation;

namespace K8sTyped.Rules.Workloads;

/// <summary>
/// KT1207: required pod anti-affinity by hostname on a workload's own pods allows one pod per node, so with more replicas
/// than the cluster profile's nodes the rest stay Pending (and a StatefulSet with OrderedReady stops there). Only when
/// <see cref="ClusterProfile.NodeCount"/> is known.
/// </summary>
internal sealed class AntiAffinityExceedsNodesRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.AntiAffinityExceedsNodes;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        if (context.Manifests.Cluster.NodeCount is not { } nodes) return;
        foreach (var site in WorkloadQueries.PodSpecs(context.Manifests))
        {
            if (SpreadTerms.Replicas(site.Owner) is not { } replicas || replicas <= nodes) continue;
            var term = SpreadTerms.Of(site).FirstOrDefault(t =>
                t.IsAntiAffinity && t.TopologyKey == SpreadTerms.Hostname && t.Selector is { } selector && LabelSelectors.Matches(selector, site.Labels));
            if (term is null) continue;
            var pending = replicas - nodes;
            context.Report(
                Descriptor, site.Owner, term.Path,
                $"{site.Owner.Kind} '{ManifestSet.NameOf(site.Owner)}' runs {replicas} pods with required anti-affinity by hostname on its own pods, " +
                $"which allows one pod per node, but the cluster has {nodes} node{(nodes == 1 ? "" : "s")}: {pending} pod{(pending == 1 ? " stays" : "s stay")} Pending " +
                "(a StatefulSet with OrderedReady stops creating pods at the first). Lower the replicas, add nodes, or prefer the anti-affinity (PreferAntiAffinity) instead of requiring it.",
                related: (site.Owner, "spec.replicas"));
        }
    }
}
