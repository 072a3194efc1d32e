using K8sTyped.Models;

namespace K8sTyped.Rules.Services;

/// <summary>
/// KT1402: a Service's ports are missing (unless headless or ExternalName), unnamed while there are several,
/// duplicated by name or by (protocol, port), or carry a nodePort on a ClusterIP Service. Core validation
/// (ValidateService, validateServicePort) rejects each.
/// </summary>
internal sealed class ServicePortsRule : ObjectRule<V1Service>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.ServicePorts;

    /// <inheritdoc />
    protected override void Analyze(V1Service service, RuleContext context)
    {
        if (service.Spec is not { } spec) return;
        var name = ManifestSet.NameOf(service);
        var type = ServiceClusterIPs.TypeOf(spec);
        var ports = spec.Ports ?? [];

        if (ports.Count == 0)
        {
            // A headless Service may only publish DNS records, and an ExternalName Service is only a DNS alias.
            if (type != "ExternalName" && !ServiceClusterIPs.IsHeadless(spec))
            {
                context.Report(Descriptor, service, "spec.ports",
                    $"Service '{name}' has no ports, so it has nothing to forward. The API server rejects it: \"spec.ports: Required value\". " +
                    "Add the port(s) clients connect to, with targetPort naming the container port; for DNS records only, make it headless (clusterIP: None).");
            }

            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var endpoints = new HashSet<(string Protocol, int Port)>();
        for (var i = 0; i < ports.Count; i++)
        {
            var port = ports[i];
            if (port is null) continue;
            var path = $"spec.ports[{i}]";

            if (port.Name is not { Length: > 0 } portName)
            {
                if (ports.Count > 1)
                {
                    context.Report(Descriptor, service, $"{path}.name",
                        $"Service '{name}' has {ports.Count} ports but port {i} ({port.Port}) has no name; with several ports, names are how clients and Endpoints tell them apart. " +
                        $"The API server rejects it: \"{path}.name: Required value\". Name every port (a DNS label such as http or metrics).");
                }
            }
            else if (!names.Add(portName))
            {
                context.Report(Descriptor, service, $"{path}.name",
                    $"Service '{name}' has two ports named '{portName}'. The API server rejects it: \"{path}.name: Duplicate value: \"{portName}\"\". Give each port its own name.");
            }

            if (port.Port is { } number)
            {
                var protocol = port.Protocol ?? "TCP";
                if (!endpoints.Add((protocol, number)))
                {
                    context.Report(Descriptor, service, path,
                        $"Service '{name}' exposes port {number}/{protocol} twice; one port and protocol can forward to only one target. " +
                        $"The API server rejects it: \"{path}: Duplicate value: {{Protocol:{protocol}, Port:{number}}}\". Remove or renumber one of them.");
                }
            }

            if (type == "ClusterIP" && port.NodePort is { } nodePort and not 0)
            {
                context.Report(Descriptor, service, $"{path}.nodePort",
                    $"Service '{name}' is of type ClusterIP but port {i} sets nodePort {nodePort}; only NodePort and LoadBalancer Services open ports on the nodes. " +
                    $"The API server rejects it: \"{path}.nodePort: Forbidden: may not be used when `type` is 'ClusterIP'\". " +
                    "Remove nodePort, or set type: NodePort if the port must be reachable on every node.");
            }
        }
    }
}
