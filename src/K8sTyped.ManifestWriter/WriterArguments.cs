namespace K8sTyped.ManifestWriter;

/// <summary>The parsed command line: <c>--assembly &lt;path&gt; --output &lt;dir&gt; --layout application|object --state &lt;file&gt;</c>.</summary>
internal sealed record WriterArguments(string AssemblyPath, string OutputDirectory, string Layout, string StateFile)
{
    public const string Usage =
        "usage: dotnet K8sTyped.ManifestWriter.dll --assembly <path> --output <dir> --layout application|object --state <file>";

    public static WriterArguments Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (name is not ("--assembly" or "--output" or "--layout" or "--state"))
            {
                throw new ManifestWriterException($"unknown argument '{name}'. {Usage}");
            }

            if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]))
            {
                throw new ManifestWriterException($"{name} needs a value. {Usage}");
            }

            if (!values.TryAdd(name, args[++i]))
            {
                throw new ManifestWriterException($"{name} is given twice. {Usage}");
            }
        }

        string Required(string name) =>
            values.TryGetValue(name, out string? value) ? value : throw new ManifestWriterException($"{name} is missing. {Usage}");

        string layout = Required("--layout");
        if (!ManifestLayout.IsKnown(layout))
        {
            throw new ManifestWriterException(
                $"unknown layout '{layout}': use '{ManifestLayout.Application}' or '{ManifestLayout.Object}'.");
        }

        // Sibling producers' state files are found by extension, next to the lock file, so the state needs its own extension.
        string state = Required("--state");
        if (Path.GetExtension(state) is "" or ".lock")
        {
            throw new ManifestWriterException($"the state file '{state}' needs an extension other than '.lock' (for example '.state').");
        }

        return new WriterArguments(
            Path.GetFullPath(Required("--assembly")),
            Path.GetFullPath(Required("--output")),
            layout,
            Path.GetFullPath(state));
    }
}
