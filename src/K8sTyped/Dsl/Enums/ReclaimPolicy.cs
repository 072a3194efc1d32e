namespace K8sTyped;

/// <summary>What happens to a volume when its claim is released (<c>persistentVolumeReclaimPolicy</c>, <c>reclaimPolicy</c>).</summary>
public enum ReclaimPolicy
{
    /// <summary><c>Retain</c>: keep the volume and its data for manual reclamation.</summary>
    Retain,

    /// <summary><c>Delete</c>: delete the volume and its backing storage.</summary>
    Delete,

    /// <summary><c>Recycle</c>: scrub the volume (deprecated; PersistentVolumes only).</summary>
    Recycle,
}
