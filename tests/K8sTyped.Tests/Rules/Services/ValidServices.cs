using K8sTyped.Models;

namespace K8sTyped.Tests.Rules.Services;

/// <summary>Services the API server accepts; each test breaks exactly what it is about.</summary>
internal static class ValidServices
{
    public static V1Service Service(string name = "db", Action<V1ServiceSpec>? change = null)
    {
        var spec = new V1ServiceSpec
        {
            Selector = new Dictionary<string, string> { ["app"] = name },
            Ports = [Port(5432, "sql")],
        };
        change?.Invoke(spec);
        return new V1Service { Metadata = new V1ObjectMeta { Name = name }, Spec = spec };
    }

    public static V1ServicePort Port(int number, string? name = null, string? protocol = null) =>
        new() { Port = number, Name = name, Protocol = protocol, TargetPort = number };
}
