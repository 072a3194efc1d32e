namespace K8sTyped.ManifestWriter;

/// <summary>
/// Brings the output folder in line with one producer's manifests: writes what changed, removes what this producer wrote
/// before and no longer produces (unless a sibling producer of the same project, or another project, now claims it), and
/// records what it produced in its state and in the folder's owner records. Files nobody recorded are never touched, and
/// nothing is written or removed where a link would take it outside the output folder.
/// </summary>
internal static class ManifestOutputWriter
{
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    /// <param name="sourceTimestampUtc">
    /// The last write time of the assembly the manifests come from. Written manifests carry it: the next build gives the
    /// output folder to the compiler as the previous manifests (the change rules' baseline), and a manifest stamped later
    /// than the assembly would look like a newer compiler input and make a build with nothing changed compile again.
    /// </param>
    public static WriteResult Write(IReadOnlyList<ManifestFile> files, string outputDirectory, WriterState state, DateTime? sourceTimestampUtc = null)
    {
        // Lock order, the same in every run: the project's state lock, then the output folder's lock. Producers of one
        // project take turns on the first, all projects writing into one folder on the second.
        using OutputLock projectLock = OutputLock.Acquire(state.LockPath, LockTimeout);
        WriterTemporaryFile.RemoveLeftovers(state.Folder);

        var output = new OutputFolder(outputDirectory);
        var warnings = new List<string>();
        HashSet<string> previous = ReadPreviousFiles(state, warnings);
        var produced = new HashSet<string>(files.Select(file => file.FullPath), WriterState.PathComparer);

        // Only files inside the current output folder are candidates for removal: after K8sTypedOutputPath changes, the old
        // folder is left as it is.
        string[] previousHere = previous.Where(output.ContainsLexically).ToArray();
        if (produced.Count == 0 && (previousHere.Length == 0 || !Directory.Exists(output.Root)))
        {
            state.Write(produced);
            return new WriteResult(0, 0, 0, warnings);
        }

        var owners = new OutputOwners(output);
        RequireInside(output, owners.Folder, "the writer's own folder");
        using OutputLock folderLock = OutputLock.Acquire(owners.LockPath, LockTimeout);
        RemoveTemporaryLeftovers(output, owners, produced.Concat(previousHere));

        foreach (ManifestFile file in files)
        {
            RequireInside(output, file.FullPath, $"the manifest '{output.Relative(file.FullPath)}'");
        }

        Dictionary<string, string> records = owners.Read();
        RequireNoOtherOwner(files, output, state, records);

        // Record the new files before creating them: if this run fails half-way, the next run still knows they are ours.
        state.Write(previous.Union(produced, WriterState.PathComparer));
        foreach (string file in produced)
        {
            records[output.Relative(file)] = state.Folder;
        }

        owners.Write(records);

        int written = files.Count(file => AtomicFile.WriteIfChanged(file.FullPath, file.Content, sourceTimestampUtc));

        HashSet<string> claimedBySiblings = state.ReadSiblingClaims();
        int removed = 0;
        foreach (string stale in previousHere.Where(path => !produced.Contains(path) && !claimedBySiblings.Contains(path)))
        {
            string relative = output.Relative(stale);
            if (records.TryGetValue(relative, out string? owner) && !WriterState.PathComparer.Equals(owner, state.Folder))
            {
                // Another project has produced this file since; it is no longer ours to remove.
                continue;
            }

            records.Remove(relative);
            if (RemoveStaleFile(stale, output, warnings))
            {
                removed++;
            }
        }

        state.Write(produced);
        owners.Write(records);
        return new WriteResult(files.Count, written, removed, warnings);
    }

    /// <summary>
    /// The files this producer recorded last time. The writer records only full, normalized paths; any other line was not
    /// written by it (an edited or forged state file) and is ignored with a warning, so <c>&lt;out&gt;/../../x</c> can never
    /// pass for a file inside the output folder.
    /// </summary>
    private static HashSet<string> ReadPreviousFiles(WriterState state, List<string> warnings)
    {
        var previous = new HashSet<string>(WriterState.PathComparer);
        foreach (string entry in state.ReadOwnFiles())
        {
            if (IsNormalizedFullPath(entry))
            {
                previous.Add(entry);
            }
            else
            {
                warnings.Add($"the state file '{state.Path}' lists '{entry}', which is not a normalized full path; it is ignored.");
            }
        }

        return previous;
    }

    private static bool IsNormalizedFullPath(string path)
    {
        try
        {
            return Path.IsPathFullyQualified(path) && string.Equals(Path.GetFullPath(path), path, StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void RequireInside(OutputFolder output, string fullPath, string what)
    {
        if (output.RealPathInside(fullPath) is null)
        {
            throw new ManifestWriterException(
                $"{what} would land at '{RealPath.Resolve(fullPath)}', outside the output folder '{output.Root}', because a " +
                "symbolic link or junction on its way points there; nothing is written. Replace the link with a real folder.");
        }
    }

    /// <summary>
    /// Fails, before anything is written, when another project recorded one of these files and still produces it: two projects
    /// sharing an output folder would otherwise replace each other's file and remove it as stale.
    /// </summary>
    private static void RequireNoOtherOwner(
        IReadOnlyList<ManifestFile> files, OutputFolder output, WriterState state, Dictionary<string, string> records)
    {
        foreach (ManifestFile file in files)
        {
            string relative = output.Relative(file.FullPath);
            if (records.TryGetValue(relative, out string? owner)
                && !WriterState.PathComparer.Equals(owner, state.Folder)
                && StillClaims(state, owner, file.FullPath))
            {
                throw new ManifestWriterException(
                    $"two projects write the manifest '{relative}' into '{output.Root}': the project whose writer state is in " +
                    $"'{owner}' and this project, whose writer state is in '{state.Folder}'; give each project its own " +
                    "K8sTypedOutputPath, or the applications distinct names.");
            }
        }
    }

    /// <summary>
    /// Whether the project with <paramref name="ownerFolder"/> as its state folder still lists the file. A project that was
    /// deleted, moved its output elsewhere or stopped producing the file has let go of it, and its record is stale.
    /// </summary>
    private static bool StillClaims(WriterState state, string ownerFolder, string fullPath)
    {
        if (!IsNormalizedFullPath(ownerFolder))
        {
            return false;
        }

        HashSet<string> claims = state.ReadClaimsIn(ownerFolder);
        if (claims.Contains(fullPath))
        {
            return true;
        }

        // The other project may spell the same folder through a link (a symlinked checkout, /tmp and /private/tmp).
        string real = RealPath.Resolve(fullPath);
        return claims.Any(claim => IsNormalizedFullPath(claim) && WriterState.PathComparer.Equals(RealPath.Resolve(claim), real));
    }

    /// <summary>Removes the temporary files a killed run left in the folders this run writes, before it writes there.</summary>
    private static void RemoveTemporaryLeftovers(OutputFolder output, OutputOwners owners, IEnumerable<string> files)
    {
        var folders = new HashSet<string>(WriterState.PathComparer) { output.Root, owners.Folder };
        folders.UnionWith(files.Select(file => Path.GetDirectoryName(file)!));
        foreach (string folder in folders)
        {
            if (folder == output.Root || output.RealPathInside(folder) is not null)
            {
                WriterTemporaryFile.RemoveLeftovers(folder);
            }
        }
    }

    /// <summary>
    /// Removes a stale file if it is still a regular file inside the output folder. Its folder is resolved first, so a link on
    /// the way cannot redirect the delete; a file that became a link is left alone, as the writer never writes links.
    /// </summary>
    private static bool RemoveStaleFile(string stale, OutputFolder output, List<string> warnings)
    {
        string folder = Path.GetDirectoryName(stale)!;
        string? realFolder = WriterState.PathComparer.Equals(folder, output.Root) ? output.RealRoot : output.RealPathInside(folder);
        if (realFolder is null)
        {
            warnings.Add(
                $"'{stale}' is not removed: a symbolic link or junction takes its folder to '{RealPath.Resolve(folder)}', " +
                $"outside the output folder '{output.Root}'.");
            return false;
        }

        var file = new FileInfo(Path.Combine(realFolder, Path.GetFileName(stale)));
        if (!file.Exists || file.LinkTarget is not null)
        {
            return false;
        }

        file.Delete();
        RemoveEmptyFolders(folder, output);
        return true;
    }

    /// <summary>Removes the folders a stale file leaves empty, up to but not including the output folder; never a link.</summary>
    private static void RemoveEmptyFolders(string directory, OutputFolder output)
    {
        while (output.ContainsLexically(directory)
            && new DirectoryInfo(directory) is { Exists: true, LinkTarget: null }
            && output.RealPathInside(directory) is not null
            && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
            directory = Path.GetDirectoryName(directory)!;
        }
    }
}
