using K8sTyped.Models;

namespace K8sTyped.Rules.Services;

/// <summary>
/// KT1401: a Service asks for clusterIP None (headless) but is of type NodePort, LoadBalancer or ExternalName, or lists
/// None next to other cluster IPs. Core validation (ValidateService, ValidateServiceClusterIPsRelatedFields) rejects
/// each: a headless Service has no virtual IP for node ports or load balancers to forward to.
/// </summary>
internal sealed class HeadlessServiceTypeRule : ObjectRule<V1Service>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.HeadlessServiceType;

    /// <inheritdoc />
    protected override void Analyze(V1Service service, RuleContext context)
    {
        if (service.Spec is not { } spec) return;
        var ips = ServiceClusterIPs.Of(spec);
        if (!ips.Any(ip => ip.Value == ServiceClusterIPs.None)) return;

        var name = ManifestSet.NameOf(service);
        if (ips.Count > 1)
        {
            context.Report(Descriptor, service, "spec.clusterIPs",
                $"Service '{name}' lists clusterIPs {string.Join(", ", ips.Select(ip => ip.Value))}: a Service is either headless (None) or has cluster IPs, not both. " +
                "The API server rejects it: \"spec.clusterIPs: Invalid value: 'None' must be the first and only value\". " +
                "Use clusterIP: None alone for a headless Service, or drop None.");
            return;
        }

        var path = ips[0].Path;
        var type = ServiceClusterIPs.TypeOf(spec);
        switch (type)
        {
            case "NodePort" or "LoadBalancer":
                context.Report(Descriptor, service, path,
                    $"Service '{name}' is headless (clusterIP None) but of type {type}: a {type} Service forwards node traffic to its cluster IP, and a headless Service has none. " +
                    $"The API server rejects it: \"{path}: Invalid value: \"None\": may not be set to 'None' for {type} services\". " +
                    $"Use type ClusterIP for the headless Service (for StatefulSet pod DNS), and a second, non-headless {type} Service for outside traffic.");
                break;
            case "ExternalName":
                context.Report(Descriptor, service, path,
                    $"Service '{name}' is of type ExternalName but sets clusterIP None: an ExternalName Service is only a DNS alias (CNAME) and takes no cluster IP at all. " +
                    $"The API server rejects it (\"{path}: Forbidden\"). Remove clusterIP, or make it a ClusterIP Service if you meant a headless one.");
                break;
        }
    }
}
