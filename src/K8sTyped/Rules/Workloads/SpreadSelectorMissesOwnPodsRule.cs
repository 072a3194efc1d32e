using K8sTyped.Validation;

namespace K8sTyped.Rules.Workloads;

/// <summary>
/// KT1206: a required pod anti-affinity term or a <c>DoNotSchedule</c> spread constraint whose selector does not select
/// the pods it is written on. The scheduler counts only the pods the selector matches, so the replicas are not kept
/// apart at all (the kubernetes.io ZooKeeper tutorial's <c>app In (zk)</c> against pods labelled
/// <c>app.kubernetes.io/name: zk</c>). An anti-affinity term that selects other pods of the manifests keeps away from
/// those, which may be meant, so it is not reported.
/// </summary>
internal sealed class SpreadSelectorMissesOwnPodsRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.SpreadSelectorMissesOwnPods;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var sites = WorkloadQueries.PodSpecs(context.Manifests).ToList();
        foreach (var site in sites)
        {
            foreach (var term in SpreadTerms.Of(site))
            {
                // No selector: the API requires one for spread constraints (KT1101); an anti-affinity term without one selects nothing.
                if (term.Selector is not { } selector)
                {
                    if (term.IsAntiAffinity) Report(context, site, term, "has no labelSelector, so it selects no pod");
                    continue;
                }

                if (LabelSelectors.Matches(selector, site.Labels)) continue;
                var selectsOthers = sites.Any(other => !ReferenceEquals(other, site)
                    && ManifestSet.NamespaceOf(other.Owner) == ManifestSet.NamespaceOf(site.Owner)
                    && LabelSelectors.Matches(selector, other.Labels));
                if (term.IsAntiAffinity && selectsOthers) continue;
                Report(context, site, term, $"selects '{LabelText.Of(selector)}', which the pods' own labels ('{LabelText.Of(site.Labels)}') do not satisfy");
            }
        }
    }

    private void Report(RuleContext context, PodSpecSite site, SpreadTerms.Term term, string what) =>
        context.Report(
            Descriptor, site.Owner, $"{term.Path}.labelSelector",
            $"The {term.Description} of {site.Owner.Kind} '{ManifestSet.NameOf(site.Owner)}' {what}. The scheduler counts only the pods " +
            $"the selector matches, so it does not keep these pods apart: several can land on the same {(term.TopologyKey == SpreadTerms.Hostname ? "node" : "domain")}, " +
            "and one node failure takes them together. Select the pods' own labels (the DSL's RequireAntiAffinity and SpreadOver do).",
            related: (site.Owner, site.LabelsPath));
}
