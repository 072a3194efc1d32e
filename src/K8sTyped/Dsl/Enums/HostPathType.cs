namespace K8sTyped;

/// <summary>What must exist at a hostPath, checked before mounting (<c>hostPath.type</c>).</summary>
public enum HostPathType
{
    /// <summary><c>""</c>: no check.</summary>
    Unchecked,

    /// <summary><c>DirectoryOrCreate</c>: a directory, created when missing.</summary>
    DirectoryOrCreate,

    /// <summary><c>Directory</c>: an existing directory.</summary>
    Directory,

    /// <summary><c>FileOrCreate</c>: a file, created when missing.</summary>
    FileOrCreate,

    /// <summary><c>File</c>: an existing file.</summary>
    File,

    /// <summary><c>Socket</c>: an existing UNIX socket.</summary>
    Socket,

    /// <summary><c>CharDevice</c>: an existing character device.</summary>
    CharDevice,

    /// <summary><c>BlockDevice</c>: an existing block device.</summary>
    BlockDevice,
}
