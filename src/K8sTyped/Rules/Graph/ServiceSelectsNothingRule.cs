using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2004: a Service's selector selects no pod of the manifests (or of the cluster inventory) in its namespace. The
/// Service gets no endpoints: connections to it are refused or time out, and a headless Service resolves to nothing.
/// Reported at the selector, with the workload whose pods come closest as related.
/// </summary>
internal sealed class ServiceSelectsNothingRule : ObjectRule<V1Service>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.ServiceSelectsNothing;

    /// <inheritdoc />
    protected override void Analyze(V1Service service, RuleContext context)
    {
        var selector = service.Spec?.Selector;
        // No selector: endpoints are managed by hand. ExternalName: the selector is ignored.
        if (selector is null || selector.Count == 0 || service.Spec?.Type == "ExternalName") return;
        // A governing Service that misses its StatefulSet is KT2003's finding, with the better message.
        if (GoverningServices.GovernsAny(context, service)) return;

        var @namespace = ManifestSet.NamespaceOf(service);
        // Pods already running in the cluster count: the Service may well be added in front of them.
        var inventoryPods = context.Inventory.Objects.Select(WorkloadQueries.PodSpecOf).OfType<PodSpecSite>()
            .Where(site => @namespace == "" || ManifestSet.NamespaceOf(site.Owner) == @namespace);
        var pods = WorkloadQueries.PodSpecs(context.Manifests)
            .Where(site => ManifestSet.NamespaceOf(site.Owner) == @namespace)
            .Concat(inventoryPods)
            .SelectMany(site => PodLabelSets.Of(site).Select(labels => (Site: site, Labels: labels)))
            .ToList();
        if (pods.Any(pod => pod.Labels.SelectedBy(selector))) return;

        var serviceName = ManifestSet.NameOf(service);
        var wanted = $"'{LabelText.Of(selector)}'";
        if (pods.Count == 0)
        {
            // The pods may well come from elsewhere (an operator, another chart), so this is only a hint.
            context.Report(
                Descriptor, service, "spec.selector",
                $"Service '{serviceName}' selects {wanted}, but {(context.Inventory.WasGiven ? "neither the manifests nor the cluster inventory have" : "the manifests have no")} pods in its namespace. If no pods with " +
                "these labels run there, the Service has no endpoints and connections to it fail. Ignore this if the pods " +
                "are created elsewhere; otherwise add the workload or fix the namespace.",
                Severity.Info);
            return;
        }

        // The closest label set is the one that leaves the fewest selector pairs unmet.
        var closest = pods
            .Select(pod => (pod.Site, Unmet: pod.Labels.Unmet(selector)))
            .OrderBy(x => x.Unmet.Count)
            .ThenBy(x => ManifestSet.NameOf(x.Site.Owner), StringComparer.Ordinal)
            .First();
        context.Report(
            Descriptor, service, "spec.selector",
            $"Service '{serviceName}' selects {wanted}, but no pod in its namespace has these labels, so " +
            "the Service gets no endpoints: connections to it are refused or time out, and DNS for a headless Service " +
            $"returns no addresses. The closest are the pods of {closest.Site.Owner.Kind} '{ManifestSet.NameOf(closest.Site.Owner)}'{context.Inventory.MarkOf(closest.Site.Owner)} " +
            $"({closest.Site.LabelsPath}: '{LabelText.Of(closest.Site.Labels)}'), which lack '{LabelText.Of(closest.Unmet)}'. " +
            "Make the selector a subset of the pod labels you mean.",
            related: (closest.Site.Owner, closest.Site.LabelsPath));
    }
}
