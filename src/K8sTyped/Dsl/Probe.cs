using K8sTyped.Models;

namespace K8sTyped;

/// <summary>
/// A container health check, e.g. <c>Probe.Exec("healthcheck.sh", "--connect").InitialDelay(10).Period(5)</c>. Probes are
/// immutable values: each method returns a new probe.
/// </summary>
public sealed class Probe
{
    private readonly Func<V1Probe> _action;
    private readonly int? _initialDelaySeconds;
    private readonly int? _periodSeconds;
    private readonly int? _timeoutSeconds;
    private readonly int? _failureThreshold;
    private readonly int? _successThreshold;

    private Probe(Func<V1Probe> action, int? initialDelaySeconds = null, int? periodSeconds = null, int? timeoutSeconds = null, int? failureThreshold = null, int? successThreshold = null)
    {
        _action = action;
        _initialDelaySeconds = initialDelaySeconds;
        _periodSeconds = periodSeconds;
        _timeoutSeconds = timeoutSeconds;
        _failureThreshold = failureThreshold;
        _successThreshold = successThreshold;
    }

    /// <summary>Runs <paramref name="command"/> in the container (<c>exec.command</c>); exit code 0 is healthy.</summary>
    public static Probe Exec(params string[] command)
    {
        if (command is null || command.Length == 0) throw new ArgumentException("An exec probe needs a command.", nameof(command));
        var copy = (string[])command.Clone();
        return new Probe(() => new V1Probe { Exec = new V1ExecAction { Command = [.. copy] } });
    }

    /// <summary>GETs <paramref name="path"/> on <paramref name="port"/> (a number or a container port name) (<c>httpGet</c>); 2xx and 3xx are healthy.</summary>
    public static Probe HttpGet(string path, IntOrString port)
    {
        Require.NotEmpty(path, nameof(path));
        return new Probe(() => new V1Probe { HttpGet = new V1HTTPGetAction { Path = path, Port = port } });
    }

    /// <summary>Opens a TCP connection to <paramref name="port"/> (a number or a container port name) (<c>tcpSocket</c>).</summary>
    public static Probe TcpSocket(IntOrString port) =>
        new(() => new V1Probe { TcpSocket = new V1TCPSocketAction { Port = port } });

    /// <summary>Waits <paramref name="seconds"/> after the container starts before the first check (<c>initialDelaySeconds</c>).</summary>
    public Probe InitialDelay(int seconds) => new(_action, seconds, _periodSeconds, _timeoutSeconds, _failureThreshold, _successThreshold);

    /// <summary>Checks every <paramref name="seconds"/> (<c>periodSeconds</c>).</summary>
    public Probe Period(int seconds) => new(_action, _initialDelaySeconds, seconds, _timeoutSeconds, _failureThreshold, _successThreshold);

    /// <summary>Fails a check that takes longer than <paramref name="seconds"/> (<c>timeoutSeconds</c>).</summary>
    public Probe Timeout(int seconds) => new(_action, _initialDelaySeconds, _periodSeconds, seconds, _failureThreshold, _successThreshold);

    /// <summary>Counts the container unhealthy after <paramref name="failures"/> failed checks in a row (<c>failureThreshold</c>).</summary>
    public Probe FailureThreshold(int failures) => new(_action, _initialDelaySeconds, _periodSeconds, _timeoutSeconds, failures, _successThreshold);

    /// <summary>Counts the container healthy again after <paramref name="successes"/> passed checks in a row (<c>successThreshold</c>).</summary>
    public Probe SuccessThreshold(int successes) => new(_action, _initialDelaySeconds, _periodSeconds, _timeoutSeconds, _failureThreshold, successes);

    /// <summary>A fresh model probe.</summary>
    internal V1Probe ToModel()
    {
        var probe = _action();
        probe.InitialDelaySeconds = _initialDelaySeconds;
        probe.PeriodSeconds = _periodSeconds;
        probe.TimeoutSeconds = _timeoutSeconds;
        probe.FailureThreshold = _failureThreshold;
        probe.SuccessThreshold = _successThreshold;
        return probe;
    }
}
