namespace K8sTyped;

/// <summary>When a pod's containers are restarted (<c>restartPolicy</c>).</summary>
public enum RestartPolicy
{
    /// <summary><c>Always</c>, the default and the only policy workloads accept.</summary>
    Always,

    /// <summary><c>OnFailure</c>: only after a non-zero exit.</summary>
    OnFailure,

    /// <summary><c>Never</c>.</summary>
    Never,
}
