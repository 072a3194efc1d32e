namespace K8sTyped;

/// <summary>How a volume may be mounted (<c>accessModes</c>).</summary>
public enum AccessMode
{
    /// <summary><c>ReadWriteOnce</c>: read-write by the pods of a single node.</summary>
    ReadWriteOnce,

    /// <summary><c>ReadOnlyMany</c>: read-only by many nodes.</summary>
    ReadOnlyMany,

    /// <summary><c>ReadWriteMany</c>: read-write by many nodes.</summary>
    ReadWriteMany,

    /// <summary><c>ReadWriteOncePod</c>: read-write by a single pod; must be the only mode.</summary>
    ReadWriteOncePod,
}
