namespace K8sTyped.ManifestWriter;

/// <summary>
/// Brings the output folder in line with one producer's manifests: writes what changed, removes what this producer wrote
/// before and no longer produces (unless a sibling producer still claims it), and records what it produced in its state.
/// Files nobody recorded are never touched.
/// </summary>
internal static class ManifestOutputWriter
{
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    public static WriteResult Write(IReadOnlyList<ManifestFile> files, string outputDirectory, WriterState state)
    {
        using OutputLock _ = OutputLock.Acquire(state.LockPath, LockTimeout);

        HashSet<string> previous = state.ReadOwnFiles();
        var produced = new HashSet<string>(files.Select(file => file.FullPath), WriterState.PathComparer);
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        RemoveTemporaryLeftovers(state, root, produced.Concat(previous));

        // Record the new files before creating them: if this run fails half-way, the next run still knows they are ours.
        state.Write(previous.Union(produced, WriterState.PathComparer));

        int written = files.Count(file => AtomicFile.WriteIfChanged(file.FullPath, file.Content));

        HashSet<string> claimedBySiblings = state.ReadSiblingClaims();
        int removed = 0;
        foreach (string stale in previous.Where(path => !produced.Contains(path) && !claimedBySiblings.Contains(path)))
        {
            // Only inside the current output folder: after K8sTypedOutputPath changes, the old folder is left as it is.
            if (IsUnder(stale, root) && File.Exists(stale))
            {
                File.Delete(stale);
                RemoveEmptyFolders(Path.GetDirectoryName(stale)!, root);
                removed++;
            }
        }

        state.Write(produced);
        return new WriteResult(files.Count, written, removed);
    }

    /// <summary>Removes the temporary files a killed run left in the folders this run writes, before it writes there.</summary>
    private static void RemoveTemporaryLeftovers(WriterState state, string root, IEnumerable<string> files)
    {
        var folders = new HashSet<string>(WriterState.PathComparer) { state.Folder, root };
        folders.UnionWith(files.Select(file => Path.GetDirectoryName(file)!).Where(folder => IsUnder(folder, root)));
        foreach (string folder in folders)
        {
            WriterTemporaryFile.RemoveLeftovers(folder);
        }
    }

    private static bool IsUnder(string path, string root) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, WriterState.PathComparer == StringComparer.Ordinal
            ? StringComparison.Ordinal
            : StringComparison.OrdinalIgnoreCase);

    /// <summary>Removes the folders a stale file leaves empty, up to but not including the output folder.</summary>
    private static void RemoveEmptyFolders(string directory, string root)
    {
        while (IsUnder(directory, root) && Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
            directory = Path.GetDirectoryName(directory)!;
        }
    }
}
