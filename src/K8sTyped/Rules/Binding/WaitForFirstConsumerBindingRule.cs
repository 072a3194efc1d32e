using K8sTyped.Models;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// KT3004: a claim whose StorageClass has volumeBindingMode WaitForFirstConsumer is bound or provisioned only once a pod
/// that uses it is scheduled. Noted where that changes the outcome: no pod of the manifests mounts the claim, or the
/// volume it binds pins its pod to the volume's nodes.
/// </summary>
internal sealed class WaitForFirstConsumerBindingRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.WaitForFirstConsumerBinding;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        // Pods already running in the cluster (its inventory) consume a claim just as well as pods of the manifests.
        var podSpecs = WorkloadQueries.PodSpecs(context.Manifests)
            .Concat(context.Inventory.Objects.Select(WorkloadQueries.PodSpecOf).OfType<PodSpecSite>());
        var mounted = new HashSet<(string Namespace, string Name)>(podSpecs
            .SelectMany(site => (site.Spec.Volumes ?? [])
                .Where(v => v?.PersistentVolumeClaim?.ClaimName is not null)
                .Select(v => (Namespace: ManifestSet.NamespaceOf(site.Owner) ?? "", Name: v.PersistentVolumeClaim!.ClaimName!))));

        foreach (var outcome in BindingSimulation.Of(context).Outcomes)
        {
            if (!outcome.Class.WaitsForFirstConsumer || outcome.State is BindingState.Pending or BindingState.Undetermined) continue;
            var claim = outcome.Claim;
            // The controller binds a claim that names its volume, or that a volume's claimRef reserves, without waiting.
            if (claim.VolumeName is not null || outcome.Volume?.IsReservedFor(claim) == true) continue;
            var mode = $"{claim.DescribeAtStart()} uses {outcome.Class.Text} with volumeBindingMode WaitForFirstConsumer";
            (IKubernetesObject, string) storageClass = (outcome.Class.StorageClass!, "volumeBindingMode");
            // Claim templates are mounted by the StatefulSet's own pods, so they always have a consumer.
            if (!claim.IsFromTemplate && !mounted.Contains((claim.Namespace, claim.Name)))
            {
                context.Report(
                    Descriptor,
                    claim.Site.Owner,
                    claim.Path,
                    $"{mode}, and no pod in these manifests{(context.Inventory.WasGiven ? " or the cluster inventory" : "")} mounts it: it stays Pending (\"waiting for first consumer to be created before binding\") until a pod that uses it is scheduled.",
                    related: storageClass);
            }
            else if (outcome is { State: BindingState.Bound, Volume: { IsNodeConstrained: true } volume })
            {
                context.Report(
                    Descriptor,
                    claim.Site.Owner,
                    claim.Path,
                    $"{mode} and binds node-bound PersistentVolume {volume.Text}: the scheduler picks the volume together with the pod's node, " +
                    $"so the pod runs only where the nodeAffinity of '{volume.Name}' allows, and stays Pending if it cannot be scheduled there.",
                    related: [storageClass, (volume.Volume, volume.Volume.Spec?.NodeAffinity is null ? "spec.local" : "spec.nodeAffinity")]);
            }
        }
    }
}
