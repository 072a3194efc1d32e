namespace K8sTyped.ManifestWriter;

/// <summary>
/// Resolves a full path the way the operating system will when the writer opens it: every existing component that is a
/// symbolic link or junction is replaced by its target, and <c>..</c> in a link target steps up from the real folder, not
/// the link. Components that do not exist yet are taken as written. A check on the result therefore says where a write or
/// delete really lands, which a lexical check on the original path cannot.
/// </summary>
internal static class RealPath
{
    /// <summary>The same limit as Linux's ELOOP: more links than this on one path is a cycle, or an attack.</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = ['/', '\\'];

    public static string Resolve(string fullPath)
    {
        string path = Path.GetFullPath(fullPath);
        string current = Path.GetPathRoot(path)!;
        var remaining = new LinkedList<string>(Split(path[current.Length..]));
        int links = 0;
        while (remaining.First is { } first)
        {
            string segment = first.Value;
            remaining.RemoveFirst();
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            string candidate = Path.Combine(current, segment);
            string? target = LinkTarget(candidate);
            if (target is null)
            {
                current = candidate;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new ManifestWriterException($"the path '{fullPath}' goes through more than {MaxLinks} symbolic links.");
            }

            // A relative target is relative to the folder holding the link; its segments are walked like the rest, so links
            // inside the target are followed too.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target))!;
                target = Path.GetFullPath(target)[current.Length..];
            }

            foreach (string part in Enumerable.Reverse(Split(target)))
            {
                remaining.AddFirst(part);
            }
        }

        return current;
    }

    /// <summary>The link's own target (one level), or <see langword="null"/> for a regular file or folder or a missing path.</summary>
    private static string? LinkTarget(string path)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        return info.LinkTarget;
    }

    private static string[] Split(string relative) => relative.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
