namespace K8sTyped.ManifestWriter;

/// <summary>
/// The state file: the full paths of the files one producer (one project, configuration and target framework) wrote on its
/// last run, one per line, so MSBuild can read it back with ReadLinesFromFile. The producers of one project keep their state
/// files in one folder, with one extension; each file there is a sibling's claim, and a file a sibling still claims is never
/// removed as stale. Another project has its own state folder; <see cref="OutputOwners"/> is how the two meet.
/// </summary>
internal sealed class WriterState(string path)
{
    /// <summary>Paths compare the way the file system does: case matters on Linux, not on Windows or macOS.</summary>
    public static readonly StringComparer PathComparer = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    public string Path { get; } = path;

    /// <summary>The folder shared by every producer of one project; it names the project in the output folder's owner records.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>The lock every producer sharing this state folder takes.</summary>
    public string LockPath => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, "K8sTyped.lock");

    public HashSet<string> ReadOwnFiles() => ReadLines(Path);

    public HashSet<string> ReadSiblingClaims() => ReadClaims(Folder, except: Path);

    /// <summary>Every path the state files in <paramref name="folder"/> (another project's state folder) list.</summary>
    public HashSet<string> ReadClaimsIn(string folder) => ReadClaims(folder, except: null);

    private HashSet<string> ReadClaims(string folder, string? except)
    {
        var claims = new HashSet<string>(PathComparer);
        if (!Directory.Exists(folder))
        {
            return claims;
        }

        foreach (string state in Directory.EnumerateFiles(folder, "*" + System.IO.Path.GetExtension(Path)))
        {
            if (except is null || !PathComparer.Equals(System.IO.Path.GetFullPath(state), except))
            {
                claims.UnionWith(ReadLines(state));
            }
        }

        return claims;
    }

    public void Write(IEnumerable<string> files)
    {
        string text = string.Concat(files.Order(PathComparer).Select(file => file + "\n"));
        AtomicFile.WriteIfChanged(Path, System.Text.Encoding.UTF8.GetBytes(text));
    }

    private static HashSet<string> ReadLines(string path)
    {
        var lines = new HashSet<string>(PathComparer);
        if (File.Exists(path))
        {
            lines.UnionWith(File.ReadAllLines(path).Where(line => line.Length > 0));
        }

        return lines;
    }
}
