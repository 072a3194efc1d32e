using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2003: the governing Service's selector misses the StatefulSet's pods. DNS records for a headless Service come
/// from its endpoints, which list only the pods its selector selects, so unselected pods get no stable name. Reported
/// on the StatefulSet at spec.serviceName, with the Service's selector as related.
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
        foreach (var service in GoverningServices.Of(context, set))
        {
            if (service.Spec?.Type == "ExternalName") continue; // KT2002 reports it; an ExternalName Service has no endpoints
            var governed = $"StatefulSet '{setName}' is governed by Service '{ManifestSet.NameOf(service)}'{context.Inventory.MarkOf(service)} (its spec.serviceName)";
            var selector = service.Spec?.Selector;
            if (selector is null || selector.Count == 0)
            {
                context.Report(
                    Descriptor, set, "spec.serviceName",
                    $"{governed}, which has no selector. The endpoint controllers ignore a Service without a selector, so no " +
                    "pod addresses are published and the pods' stable DNS names return NXDOMAIN. Set the Service's spec.selector " +
                    $"to the StatefulSet's pod labels ('{LabelText.Of(site.Labels)}').",
                    related: (service, "spec.selector"));
                continue;
            }

            var missed = PodLabelSets.Of(site).Where(pod => !pod.SelectedBy(selector)).ToList();
            if (missed.Count == 0) continue;
            var unmet = missed[0].Unmet(selector);
            context.Report(
                Descriptor, set, "spec.serviceName",
                $"{governed}, whose selector '{LabelText.Of(selector)}' does not select the StatefulSet's pods, whose labels are " +
                $"'{LabelText.Of(site.Labels)}' (unmet: '{LabelText.Of(unmet)}'). DNS records of a headless Service come from the pods it " +
                "selects, so these pods get no stable DNS name (NXDOMAIN) and the Service routes to other pods, if any. Make the " +
                "selector a subset of the pod template labels.",
                related: (service, "spec.selector"));
        }
    }
}
