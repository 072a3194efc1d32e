using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary>A probe as a DSL value: <c>Probe.Exec(...)</c>, <c>HttpGet</c> or <c>TcpSocket</c>, then its timings.</summary>
internal static class ProbeImport
{
    /// <summary>The probe's C# and the same probe in process; null for an action the DSL does not describe.</summary>
    public static (Argument Code, Func<Probe> Create)? Of(V1Probe? probe)
    {
        if (probe is null) return null;
        string text;
        Func<Probe> create;
        if (probe.Exec?.Command is { Count: > 0 } command && probe.HttpGet is null && probe.TcpSocket is null && probe.Grpc is null)
        {
            var arguments = command.ToArray();
            text = $"Probe.Exec({string.Join(", ", arguments.Select(a => CSharpLiterals.String(a)))})";
            create = () => Probe.Exec(arguments);
        }
        else if (probe.HttpGet is { Path: { } path, Port: { } port } && probe.Exec is null && probe.TcpSocket is null && probe.Grpc is null)
        {
            text = $"Probe.HttpGet({CSharpLiterals.String(path)}, {Port(port)})";
            create = () => Probe.HttpGet(path, port);
        }
        else if (probe.TcpSocket is { Port: { } tcpPort } && probe.Exec is null && probe.HttpGet is null && probe.Grpc is null)
        {
            text = $"Probe.TcpSocket({Port(tcpPort)})";
            create = () => Probe.TcpSocket(tcpPort);
        }
        else
        {
            return null;
        }

        foreach (var (method, value, apply) in new (string, int?, Func<Probe, int, Probe>)[]
        {
            ("InitialDelay", probe.InitialDelaySeconds, (p, v) => p.InitialDelay(v)),
            ("Period", probe.PeriodSeconds, (p, v) => p.Period(v)),
            ("Timeout", probe.TimeoutSeconds, (p, v) => p.Timeout(v)),
            ("FailureThreshold", probe.FailureThreshold, (p, v) => p.FailureThreshold(v)),
            ("SuccessThreshold", probe.SuccessThreshold, (p, v) => p.SuccessThreshold(v)),
        })
        {
            if (value is not { } seconds) continue;
            text += $".{method}({CSharpLiterals.Int(seconds)})";
            var previous = create;
            create = () => apply(previous(), seconds);
        }

        return (Argument.Code(text), create);
    }

    private static string Port(IntOrString port) => port.IsInt ? CSharpLiterals.Int(port.IntValue) : CSharpLiterals.String(port.StringValue);
}
