using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary><c>Service.Headless(name)</c> (or <c>ClusterIP</c>, <c>NodePort</c>, <c>LoadBalancer</c>), its selector, ports and DNS publishing.</summary>
internal static class ServiceImport
{
    public static IResourcePlan? Plan(V1Service service, ImportedObject obj, ImportScope scope)
    {
        var name = obj.Name;
        if (name.Length == 0) return null;
        var spec = service.Spec;
        (string Factory, Func<Service> Create) start = (spec?.ClusterIP, spec?.Type) switch
        {
            ("None", null or "ClusterIP") => ("Service.Headless", () => Service.Headless(name)),
            (_, "NodePort") => ("Service.NodePort", () => Service.NodePort(name)),
            (_, "LoadBalancer") => ("Service.LoadBalancer", () => Service.LoadBalancer(name)),
            _ => ("Service.ClusterIP", () => Service.ClusterIP(name)),
        };

        var calls = new List<DslCall<Service>>();
        calls.AddRange(scope.NamespaceCalls<Service, V1Service>(obj));
        calls.AddRange(scope.MetadataCalls<Service, V1Service>(obj));
        if (spec?.Selector is { Count: > 0 } selector)
        {
            var labels = ImportScope.LabelsOf(selector);
            calls.Add(new DslCall<Service>("Selecting", [new LabelsArgument(labels)], s => s.Selecting(labels)));
        }

        foreach (var port in spec?.Ports ?? [])
        {
            if (string.IsNullOrEmpty(port.Name) || port.Port is not { } number) continue;
            var portName = port.Name;
            var arguments = new List<Argument> { Argument.String(portName), Argument.Int(number) };
            var targetPort = port.TargetPort;
            if (targetPort is { } target) arguments.Add(Argument.Named("targetPort", target.IsInt ? Argument.Int(target.IntValue) : Argument.String(target.StringValue)));
            Protocol? protocol = WireEnums.TryParse<Protocol>(port.Protocol, out var p) ? p : null;
            if (protocol is { } known) arguments.Add(Argument.Named("protocol", Argument.Enum(known)));
            var nodePort = port.NodePort;
            if (nodePort is { } node) arguments.Add(Argument.Named("nodePort", Argument.Int(node)));
            calls.Add(new DslCall<Service>("Port", arguments, s => s.Port(portName, number, targetPort, protocol, nodePort)));
        }

        if (spec?.PublishNotReadyAddresses == true)
            calls.Add(new DslCall<Service>("PublishNotReadyAddresses", [], s => s.PublishNotReadyAddresses()));
        return new ResourcePlan<Service>(start.Factory, [Argument.String(name)], start.Create, calls, (r, edit) => r.Configure(m => edit(m)), "service");
    }
}
