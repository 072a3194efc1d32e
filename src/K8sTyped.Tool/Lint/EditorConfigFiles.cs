namespace K8sTyped.Tool.Lint;

/// <summary>
/// Reads the rule severities of the <c>.editorconfig</c> files from the current directory up to the first one with
/// <c>root = true</c>, the nearest winning. Rules run over all manifests at once, so one severity holds for every file:
/// only sections that apply to every manifest are read (<c>[*]</c>, and sections naming YAML or JSON such as
/// <c>[*.{yaml,yml}]</c>); the keys are the analyzers' own, so one file configures the build and the tool alike.
/// </summary>
internal static class EditorConfigFiles
{
    private const string KeyPrefix = "dotnet_diagnostic.";
    private const string KeySuffix = ".severity";

    public static IReadOnlyList<EditorConfigSeverity> Read(string currentDirectory)
    {
        var files = new List<(string Path, List<EditorConfigSeverity> Settings)>();
        for (var directory = new DirectoryInfo(currentDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, ".editorconfig");
            if (!File.Exists(path)) continue;
            var (settings, isRoot) = ReadFile(path);
            files.Add((path, settings));
            if (isRoot) break;
        }

        // Farthest first, so that the nearest file's settings are applied last and win.
        return files.AsEnumerable().Reverse().SelectMany(f => f.Settings).ToList();
    }

    private static (List<EditorConfigSeverity> Settings, bool IsRoot) ReadFile(string path)
    {
        var settings = new List<EditorConfigSeverity>();
        var isRoot = false;
        string? section = null;
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';') continue;
            if (line[0] == '[')
            {
                section = line.TrimStart('[').TrimEnd(']');
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals < 0) continue;
            var key = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            if (section is null && key.Equals("root", StringComparison.OrdinalIgnoreCase))
                isRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
            else if (section is not null && AppliesToManifests(section)
                     && key.StartsWith(KeyPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(KeySuffix, StringComparison.OrdinalIgnoreCase))
            {
                var id = key[KeyPrefix.Length..^KeySuffix.Length];
                if (id.StartsWith("KT", StringComparison.OrdinalIgnoreCase))
                    settings.Add(new EditorConfigSeverity(id.ToUpperInvariant(), value, path, i + 1));
            }
        }

        return (settings, isRoot);
    }

    private static bool AppliesToManifests(string section) =>
        section == "*" || section.Contains("yaml", StringComparison.OrdinalIgnoreCase)
        || section.Contains("yml", StringComparison.OrdinalIgnoreCase) || section.Contains("json", StringComparison.OrdinalIgnoreCase);
}
