namespace K8sTyped.ManifestWriter;

/// <summary>
/// Which project wrote which file of an output folder, kept in the folder itself, because two projects pointed at one folder
/// share nothing else: each keeps its writer state in its own <c>obj/K8sTyped/</c>. A project is named by that state folder,
/// which all its configurations and target frameworks share, so they count as one owner.
/// <para>
/// <c>.k8styped/owners</c> holds one line per file, <c>&lt;state folder&gt;</c>, a tab, and the file's path relative to the
/// output folder with <c>/</c> separators (a manifest name never contains a tab). It is replaced atomically, and read and
/// written only while holding <c>.k8styped/lock</c>, the lock every project writing into the folder takes.
/// </para>
/// </summary>
internal sealed class OutputOwners(OutputFolder output)
{
    /// <summary>The writer's own folder inside the output folder; no manifest may be named into it.</summary>
    public const string FolderName = ".k8styped";

    public string Folder { get; } = Path.Combine(output.Root, FolderName);

    public string LockPath => Path.Combine(Folder, "lock");

    private string FilePath => Path.Combine(Folder, "owners");

    /// <summary>The owning state folder of each recorded file, by relative path. Lines without a tab are ignored.</summary>
    public Dictionary<string, string> Read()
    {
        var owners = new Dictionary<string, string>(WriterState.PathComparer);
        if (!File.Exists(FilePath))
        {
            return owners;
        }

        foreach (string line in File.ReadAllLines(FilePath))
        {
            int tab = line.LastIndexOf('\t');
            if (tab > 0 && tab < line.Length - 1)
            {
                owners[line[(tab + 1)..]] = line[..tab];
            }
        }

        return owners;
    }

    public void Write(Dictionary<string, string> owners)
    {
        string text = string.Concat(owners
            .OrderBy(owner => owner.Key, StringComparer.Ordinal)
            .Select(owner => $"{owner.Value}\t{owner.Key}\n"));
        AtomicFile.WriteIfChanged(FilePath, System.Text.Encoding.UTF8.GetBytes(text));
    }
}
