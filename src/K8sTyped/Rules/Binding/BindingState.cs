namespace K8sTyped.Rules.Binding;

/// <summary>Where a claim ends up in the simulation.</summary>
internal enum BindingState
{
    /// <summary>Bound to a PersistentVolume of the manifests.</summary>
    Bound,

    /// <summary>No volume of the manifests binds it; its StorageClass provisions one.</summary>
    Provisioned,

    /// <summary>Stays Pending: nothing binds it and nothing provisions for it.</summary>
    Pending,

    /// <summary>Depends on what the manifests do not say (a class outside them, an unknown default class).</summary>
    Undetermined,
}
