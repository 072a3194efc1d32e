namespace K8sTyped;

/// <summary>When the kubelet changes a volume's ownership to the pod's fsGroup (<c>fsGroupChangePolicy</c>).</summary>
public enum FsGroupChangePolicy
{
    /// <summary><c>OnRootMismatch</c>: only when the volume's root does not match already (fast restarts on large volumes).</summary>
    OnRootMismatch,

    /// <summary><c>Always</c>: at every mount.</summary>
    Always,
}
