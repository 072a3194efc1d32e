namespace K8sTyped.Tool.Lint;

/// <summary>
/// Expands the command line's paths into manifest files: a file as given, a directory's <c>*.yaml</c>, <c>*.yml</c> and
/// <c>*.json</c> files recursively (skipping hidden folders such as <c>.git</c>, and <c>bin</c>/<c>obj</c>), and <c>-</c>
/// for standard input. Files are in ordinal path order, each once.
/// </summary>
internal static class ManifestInputs
{
    public const string StandardInput = "-";

    private static readonly string[] s_extensions = [".yaml", ".yml", ".json"];
    private static readonly string[] s_skippedFolders = ["bin", "obj", "node_modules"];

    /// <exception cref="ToolInputException">A path does not exist, or standard input is named twice.</exception>
    public static IReadOnlyList<ManifestInput> Expand(IReadOnlyList<string> paths, string currentDirectory, string stdinName)
    {
        var inputs = new List<ManifestInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == StandardInput)
            {
                if (!seen.Add(StandardInput)) throw new ToolInputException("standard input ('-') is named more than once");
                inputs.Add(new ManifestInput(stdinName, null));
                continue;
            }

            var full = Path.GetFullPath(path, currentDirectory);
            if (File.Exists(full))
            {
                if (seen.Add(full)) inputs.Add(new ManifestInput(Display(path, full, currentDirectory), full));
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in ManifestFilesUnder(full))
                {
                    if (seen.Add(file)) inputs.Add(new ManifestInput(Display(null, file, currentDirectory), file));
                }
            }
            else
            {
                throw new ToolInputException($"{path}: no such file or directory");
            }
        }

        return inputs;
    }

    private static IEnumerable<string> ManifestFilesUnder(string directory)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            files.AddRange(Directory.EnumerateFiles(current).Where(f => s_extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)));
            foreach (var sub in Directory.EnumerateDirectories(current))
            {
                var name = Path.GetFileName(sub);
                if (!name.StartsWith('.') && !s_skippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
                    pending.Push(sub);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    // Findings name files as the user would type them: relative to the current directory when inside it, with '/'.
    private static string Display(string? asGiven, string full, string currentDirectory)
    {
        if (asGiven is not null && !Path.IsPathRooted(asGiven)) return asGiven.Replace('\\', '/');
        var relative = Path.GetRelativePath(currentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? full.Replace('\\', '/')
            : relative.Replace('\\', '/');
    }
}
