namespace K8sTyped;

/// <summary>When a StorageClass binds and provisions volumes (<c>volumeBindingMode</c>).</summary>
public enum VolumeBindingMode
{
    /// <summary><c>Immediate</c>: as soon as the claim is created.</summary>
    Immediate,

    /// <summary><c>WaitForFirstConsumer</c>: once a pod using the claim is scheduled, so topology is respected.</summary>
    WaitForFirstConsumer,
}
