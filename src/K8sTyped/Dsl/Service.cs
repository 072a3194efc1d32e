using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>
/// A Service: a stable name for the pods its selector matches. A StatefulSet needs a headless one
/// (<see cref="Headless"/>) for its pods' stable DNS names.
/// </summary>
public sealed class Service : NamespacedResource<Service, V1Service>
{
    private Service(string name, string? type, string? clusterIP, CallSite site)
        : base(name, site)
    {
        Edit((service, writer) =>
        {
            var spec = service.Spec ??= new V1ServiceSpec();
            spec.Type = type;
            spec.ClusterIP = clusterIP;
            if (type is not null) writer.Record("spec.type", site);
            if (clusterIP is not null) writer.Record("spec.clusterIP", site);
        });
    }

    /// <inheritdoc />
    public override string Kind => V1Service.KubeKind;

    /// <summary>A headless Service (<c>clusterIP: None</c>): DNS resolves to each ready pod, one record per pod.</summary>
    public static Service Headless(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        new(name, null, "None", CallSite.Capture(callerFilePath, callerLine));

    /// <summary>A Service with a virtual IP inside the cluster (<c>type: ClusterIP</c>).</summary>
    public static Service ClusterIP(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        new(name, "ClusterIP", null, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>A Service also reachable on a port of every node (<c>type: NodePort</c>).</summary>
    public static Service NodePort(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        new(name, "NodePort", null, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>A Service exposed through the cloud's load balancer (<c>type: LoadBalancer</c>).</summary>
    public static Service LoadBalancer(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        new(name, "LoadBalancer", null, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Routes to the pods carrying <paramref name="labels"/> (<c>spec.selector</c>).</summary>
    public Service Selecting(Labels labels, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(labels, nameof(labels));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((service, writer) =>
        {
            (service.Spec ??= new V1ServiceSpec()).Selector = labels.ToDictionary();
            writer.Record("spec.selector", site, nameof(labels));
        });
    }

    /// <summary>
    /// Exposes <paramref name="port"/> (<c>spec.ports[]</c>), forwarded to <paramref name="targetPort"/> on the pods: a
    /// number or a container port name (default: the same number).
    /// </summary>
    public Service Port(
        string name, int port, IntOrString? targetPort = null, Protocol? protocol = null, int? nodePort = null,
        [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(name, nameof(name));
        var wireProtocol = protocol?.ToWire();
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((service, writer) =>
        {
            var servicePort = new V1ServicePort { Name = name, Port = port, TargetPort = targetPort, Protocol = wireProtocol, NodePort = nodePort };
            var at = ModelEdits.Append((service.Spec ??= new V1ServiceSpec()).Ports ??= [], servicePort, writer, "spec.ports");
            at.Record("", site);
            at.Record("name", site, nameof(name));
            at.Record("port", site, nameof(port));
            if (targetPort is not null) at.Record("targetPort", site, nameof(targetPort));
            if (wireProtocol is not null) at.Record("protocol", site, nameof(protocol));
            if (nodePort is not null) at.Record("nodePort", site, nameof(nodePort));
        });
    }

    /// <summary>Publishes pods in DNS before they are ready (<c>spec.publishNotReadyAddresses: true</c>), so replicas can find each other while starting.</summary>
    public Service PublishNotReadyAddresses([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((service, writer) =>
        {
            (service.Spec ??= new V1ServiceSpec()).PublishNotReadyAddresses = true;
            writer.Record("spec.publishNotReadyAddresses", site);
        });
    }
}
