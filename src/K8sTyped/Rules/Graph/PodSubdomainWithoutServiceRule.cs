using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2011: a pod with <c>subdomain</c> gets the DNS name <c>hostname.subdomain.namespace.svc</c> only through a headless
/// Service named <c>subdomain</c> in its namespace; with none (or one that is not headless) the name does not resolve.
/// A <c>hostname</c> without <c>subdomain</c> gets no DNS record at all. Services of the manifests, of the cluster
/// inventory and declared external count.
/// </summary>
internal sealed class PodSubdomainWithoutServiceRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.PodSubdomainWithoutService;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var known = new KnownObjects(context);
        var services = context.Manifests.OfType<V1Service>().Concat(context.Inventory.OfType<V1Service>()).ToList();
        foreach (var site in WorkloadQueries.PodSpecs(context.Manifests))
        {
            var owner = $"{site.Owner.Kind} '{ManifestSet.NameOf(site.Owner)}'";
            if (site.Spec.Subdomain is not { Length: > 0 } subdomain)
            {
                if (site.Spec.Hostname is { Length: > 0 } hostname)
                {
                    context.Report(
                        Descriptor, site.Owner, $"{site.Path}.hostname",
                        $"{owner} sets hostname '{hostname}' but no subdomain, so its pods get no DNS record by that name (only the hostname " +
                        "inside the container). Set subdomain to a headless Service that selects the pods to make it resolvable.",
                        Severity.Info);
                }

                continue;
            }

            var @namespace = ManifestSet.NamespaceOf(site.Owner);
            var service = services.FirstOrDefault(s => ManifestSet.NameOf(s) == subdomain && ManifestSet.NamespaceOf(s) == @namespace);
            if (service is not null)
            {
                if (service.Spec?.ClusterIP == "None") continue;
                context.Report(
                    Descriptor, site.Owner, $"{site.Path}.subdomain",
                    $"{owner} sets subdomain '{subdomain}', but Service '{subdomain}' is not headless (clusterIP: None), so no per-pod " +
                    $"DNS records are made: '{site.Spec.Hostname ?? "<hostname>"}.{subdomain}' does not resolve. Make the Service headless.",
                    related: (service, "spec.clusterIP"));
                continue;
            }

            if (known.IsDeclaredExternal(V1Service.KubeKind, @namespace, subdomain)) continue;
            context.Report(
                Descriptor, site.Owner, $"{site.Path}.subdomain",
                $"{owner} sets subdomain '{subdomain}', but there is no Service '{subdomain}' in its namespace, so its pods get no DNS " +
                $"record: '{site.Spec.Hostname ?? "<hostname>"}.{subdomain}' does not resolve. Add a headless Service named '{subdomain}' that selects the pods, " +
                "or declare it external if something else creates it.");
        }
    }
}
