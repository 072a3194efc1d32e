namespace K8sTyped.ManifestWriter;

/// <summary>
/// The output folder, and the one question every write and delete asks first: where does this path really land? The folder
/// itself may be a link (the user chose it); below it, every existing component is resolved, so a symbolic link or junction
/// inside the folder cannot carry a write or a delete outside.
/// </summary>
internal sealed class OutputFolder
{
    public OutputFolder(string outputDirectory)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        RealRoot = Path.TrimEndingDirectorySeparator(RealPath.Resolve(Root));
    }

    /// <summary>The folder as given, full path without a trailing separator: the form the state file records paths in.</summary>
    public string Root { get; }

    /// <summary>The folder with every link on the way resolved.</summary>
    public string RealRoot { get; }

    /// <summary>Whether <paramref name="fullPath"/> is written below <see cref="Root"/>, before any link is followed.</summary>
    public bool ContainsLexically(string fullPath) => IsBelow(fullPath, Root);

    /// <summary>
    /// The real path of <paramref name="fullPath"/> when it lands below the output folder, or <see langword="null"/> when a
    /// link takes it (or anything on its way) outside.
    /// </summary>
    public string? RealPathInside(string fullPath)
    {
        string real = RealPath.Resolve(fullPath);
        return IsBelow(real, RealRoot) ? real : null;
    }

    /// <summary>The path relative to <see cref="Root"/>, with <c>/</c> separators on every operating system.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    private static bool IsBelow(string path, string root) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, WriterState.PathComparer == StringComparer.Ordinal
            ? StringComparison.Ordinal
            : StringComparison.OrdinalIgnoreCase);
}
