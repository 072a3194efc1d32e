namespace K8sTyped.ManifestWriter;

/// <summary>
/// Turns an entry's file name into a full path inside the output folder, refusing anything that could land outside it:
/// rooted paths, drive or UNC prefixes, <c>..</c> segments and the writer's own <c>.k8styped</c> folder. This check is
/// lexical; where a name really lands once links are followed is checked against the disk by <see cref="OutputFolder"/>. Both <c>/</c> and <c>\</c> separate folders, so a name
/// means the same file on every operating system.
/// </summary>
internal static class ManifestPath
{
    private static readonly char[] Separators = ['/', '\\'];

    public static string Resolve(string outputDirectory, string fileName)
    {
        if (fileName.Length == 0)
        {
            throw Rejected(fileName, "it is empty");
        }

        if (fileName[0] is '/' or '\\' || Path.IsPathRooted(fileName) || (fileName.Length >= 2 && fileName[1] == ':'))
        {
            throw Rejected(fileName, "it is rooted; file names are relative to the output folder");
        }

        string[] segments = fileName.Split(Separators);
        foreach (string segment in segments)
        {
            if (segment is "" or "." or "..")
            {
                throw Rejected(fileName, segment == ".." ? "it contains '..'" : "it contains an empty or '.' segment");
            }

            if (segment.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || segment.Any(char.IsControl))
            {
                throw Rejected(fileName, "it contains a character that is not allowed in file names");
            }
        }

        if (string.Equals(segments[0], OutputOwners.FolderName, StringComparison.OrdinalIgnoreCase))
        {
            throw Rejected(fileName, $"'{OutputOwners.FolderName}' is the writer's own folder");
        }

        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        string fullPath = Path.GetFullPath(Path.Combine([root, .. segments]));

        // Defense in depth: whatever the checks above missed, the result must still be under the output folder.
        if (!fullPath.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw Rejected(fileName, "it resolves outside the output folder");
        }

        return fullPath;
    }

    private static ManifestWriterException Rejected(string fileName, string reason) =>
        new($"the manifest file name '{fileName}' is rejected: {reason}.");
}
