namespace K8sTyped;

/// <summary>What backs an emptyDir volume (<c>emptyDir.medium</c>).</summary>
public enum StorageMedium
{
    /// <summary><c>""</c>: the node's default storage.</summary>
    Default,

    /// <summary><c>Memory</c>: a tmpfs, counted against the container's memory.</summary>
    Memory,
}
