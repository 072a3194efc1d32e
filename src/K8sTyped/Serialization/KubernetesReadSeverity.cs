namespace K8sTyped.Serialization;

/// <summary>How serious a <see cref="KubernetesReadError"/> is.</summary>
public enum KubernetesReadSeverity
{
    /// <summary>The text is wrong: the API server (or <c>kubectl --validate=strict</c>) would reject it.</summary>
    Error,

    /// <summary>Suspicious but accepted, e.g. an unknown field when reading leniently (it is skipped).</summary>
    Warning,
}
