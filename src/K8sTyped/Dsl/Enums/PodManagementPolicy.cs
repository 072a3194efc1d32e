namespace K8sTyped;

/// <summary>How a StatefulSet creates and deletes its pods (<c>podManagementPolicy</c>).</summary>
public enum PodManagementPolicy
{
    /// <summary><c>OrderedReady</c>: one at a time, each waiting for its predecessor to be ready.</summary>
    OrderedReady,

    /// <summary><c>Parallel</c>: all at once.</summary>
    Parallel,
}
