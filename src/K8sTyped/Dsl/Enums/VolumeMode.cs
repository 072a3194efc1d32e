namespace K8sTyped;

/// <summary>Whether a volume is mounted as a filesystem or attached as a raw block device (<c>volumeMode</c>).</summary>
public enum VolumeMode
{
    /// <summary><c>Filesystem</c>, the default.</summary>
    Filesystem,

    /// <summary><c>Block</c>: a raw block device.</summary>
    Block,
}
