using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2003: the governing Service's selector misses the StatefulSet's pods. DNS records for a headless Service come
/// from its endpoints, which list only the pods its selector selects, so unselected pods get no stable name.
/// </summary>
internal sealed class GoverningServiceSelectsOtherPodsRule : ObjectRule<V1StatefulSet>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.GoverningServiceSelectsOtherPods;

    /// <inheritdoc />
    protected override void Analyze(V1StatefulSet set, RuleContext context)
    {
        var site = WorkloadQueries.PodSpecOf(set);
        if (site is null) return; // no template: other rules report that
        var setName = ManifestSet.NameOf(set);
        foreach (var service in GoverningServices.Of(context.Manifests, set))
        {
            var serviceName = ManifestSet.NameOf(service);
            var selector = service.Spec?.Selector;
            if (service.Spec?.Type == "ExternalName") continue; // KT2002 reports it; an ExternalName Service has no endpoints
            if (selector is null || selector.Count == 0)
            {
                context.Report(
                    Descriptor, service, "spec.selector",
                    $"Service '{serviceName}' governs StatefulSet '{setName}' but has no selector. The endpoint controllers " +
                    "ignore a Service without a selector, so no pod addresses are published and the pods' stable DNS names " +
                    $"return NXDOMAIN. Set spec.selector to the StatefulSet's pod labels ({LabelText.Format(site.Labels)}).");
                continue;
            }

            var missed = PodLabelSets.Of(site).Where(pod => !pod.SelectedBy(selector)).ToList();
            if (missed.Count == 0) continue;
            var unmet = missed[0].Unmet(selector);
            context.Report(
                Descriptor, service, "spec.selector",
                $"Service '{serviceName}' governs StatefulSet '{setName}' but its selector {LabelText.Format(selector)} does not select " +
                $"the StatefulSet's pods, whose labels are {LabelText.Format(site.Labels)} (unmet: {LabelText.Format(unmet)}). DNS records of a " +
                "headless Service come from the pods it selects, so these pods get no stable DNS name (NXDOMAIN) and the " +
                "Service routes to other pods, if any. Make the selector a subset of the pod template labels.");
        }
    }
}
