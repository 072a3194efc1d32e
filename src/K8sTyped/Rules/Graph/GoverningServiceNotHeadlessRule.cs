using K8sTyped.Identities;
using K8sTyped.Models;
using K8sTyped.Rules.Services;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2002: the governing Service exists but is not headless. Cluster DNS makes per-pod records
/// (<c>pod.service.namespace.svc</c>) only for headless Services, so the StatefulSet's stable names do not resolve.
/// Reported on the StatefulSet at spec.serviceName (where the DSL's GovernedBy is), with the Service as related: the
/// Service may be in the cluster inventory, and the StatefulSet is what the user is writing.
/// </summary>
internal sealed class GoverningServiceNotHeadlessRule : ObjectRule<V1StatefulSet>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.GoverningServiceNotHeadless;

    /// <inheritdoc />
    protected override void Analyze(V1StatefulSet set, RuleContext context)
    {
        foreach (var service in GoverningServices.Of(context, set))
        {
            // clusterIP None on a NodePort or LoadBalancer Service is rejected outright; KT1401 reports that.
            if (service.Spec is { } spec && ServiceClusterIPs.IsHeadless(spec)) continue;
            var serviceName = ManifestSet.NameOf(service);
            var what = service.Spec?.Type == "ExternalName"
                ? "is of type ExternalName, which is only a CNAME"
                : service.Spec?.ClusterIP is { Length: > 0 } clusterIP
                    ? $"has clusterIP '{clusterIP}'"
                    : "has no clusterIP, so the cluster allocates a virtual IP";
            context.Report(
                Descriptor, set, "spec.serviceName",
                $"StatefulSet '{ManifestSet.NameOf(set)}' is governed by Service '{serviceName}'{context.Inventory.MarkOf(service)} (its spec.serviceName), but the Service {what}. " +
                $"Cluster DNS creates the per-pod records '{FirstPodName(set)}.{serviceName}' only for a headless Service, " +
                "so the pods' stable names return NXDOMAIN. Set clusterIP: None on the Service (clusterIP cannot change on an existing Service: " +
                "delete and recreate it), or govern the StatefulSet with a separate headless Service and keep this one for clients.",
                related: (service, service.Spec?.ClusterIP is null ? "spec" : "spec.clusterIP"));
        }
    }

    private static string FirstPodName(V1StatefulSet set) =>
        StatefulSetIdentity.PodName(ManifestSet.NameOf(set), set.Spec?.Ordinals?.Start ?? 0);
}
