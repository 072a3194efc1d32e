namespace K8sTyped.Rules;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; the cluster accepts and runs it.</summary>
    Info,

    /// <summary>The cluster accepts it, but it is likely to misbehave (stuck Pending, lost data, removed feature).</summary>
    Warning,

    /// <summary>The API server rejects it, or a controller can never make it work.</summary>
    Error,
}
