using K8sTyped.Models;

namespace K8sTyped.Rules.Binding;

/// <summary>How sure the simulation is of the class a claim ends up with after admission.</summary>
internal enum ClassCertainty
{
    /// <summary>The class name is known: written on the claim, or the default StorageClass of the manifests or the cluster inventory.</summary>
    Known,

    /// <summary>The claim names no class and the cluster has a default class outside the manifests, name unknown.</summary>
    ClusterDefault,

    /// <summary>The claim names no class and nobody said whether the cluster has a default class.</summary>
    DefaultUnknown,
}

/// <summary>
/// The class a claim has once the DefaultStorageClass admission plugin has run, and the StorageClass object behind it
/// when the manifests or the cluster inventory hold it.
/// </summary>
/// <param name="Name">The class name ("" for no class); null unless <paramref name="Certainty"/> is Known.</param>
/// <param name="Certainty">Whether the name is known.</param>
/// <param name="StorageClass">The StorageClass of that name in the manifests or the cluster inventory, if any.</param>
/// <param name="IsDeclaredExternal">Whether a StorageClass of that name is declared to exist outside the manifests.</param>
/// <param name="WasDefaulted">Whether admission filled the name in from the default class.</param>
/// <param name="IsInventory">Whether <paramref name="StorageClass"/> comes from the cluster inventory.</param>
internal sealed record ResolvedClass(
    string? Name, ClassCertainty Certainty, V1StorageClass? StorageClass, bool IsDeclaredExternal, bool WasDefaulted, bool IsInventory = false)
{
    /// <summary>Whether binding waits for a pod to be scheduled (volumeBindingMode WaitForFirstConsumer).</summary>
    public bool WaitsForFirstConsumer => StorageClass?.VolumeBindingMode == "WaitForFirstConsumer";

    /// <summary>How messages name the class: <c>StorageClass 'fast'</c>, marked when it is in the cluster inventory.</summary>
    public string Text => $"StorageClass '{Name}'{(IsInventory ? ClusterInventory.Mark : "")}";
}
