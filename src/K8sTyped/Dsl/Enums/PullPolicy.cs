namespace K8sTyped;

/// <summary>When the kubelet pulls a container's image (<c>imagePullPolicy</c>).</summary>
public enum PullPolicy
{
    /// <summary><c>Always</c>: at every container start.</summary>
    Always,

    /// <summary><c>IfNotPresent</c>: only when the node does not have it.</summary>
    IfNotPresent,

    /// <summary><c>Never</c>: the image must already be on the node.</summary>
    Never,
}
