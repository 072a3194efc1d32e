namespace K8sTyped.ManifestWriter.Tests.TestSupport;

/// <summary>
/// A project-like layout in a temporary folder: <c>bin/</c> for compiled assemblies, <c>manifests/</c> for the output and
/// <c>obj/K8sTyped/</c> for the state files, laid out like the MSBuild targets lay them out.
/// </summary>
internal sealed class WriterWorkspace : IDisposable
{
    private readonly TemporaryDirectory root = new();

    public WriterWorkspace()
    {
        Directory.CreateDirectory(Bin);
    }

    public string Bin => root.Combine("bin");

    public string Output => root.Combine("manifests");

    public string StateFor(string producer) => root.Combine("obj", "K8sTyped", producer + ".state");

    public string DefaultState => StateFor("Debug_net10.0");

    /// <summary>The state file of another project next to this one, with its own state folder, as MSBuild would lay it out.</summary>
    public string OtherProjectState(string project) => root.Combine(project, "obj", "K8sTyped", "Debug_net10.0.state");

    /// <summary>A path in the workspace outside the output folder, for files a hostile link or state entry aims at.</summary>
    public string Outside(params string[] parts) => root.Combine(["outside", .. parts]);

    public string Compile(params string[] sourceLines) => ManifestAssembly.Compile(Bin, sourceLines);

    public WriterRun Run(string assembly, string layout = "application", string? state = null) =>
        WriterRun.Invoke(assembly, Output, layout, state ?? DefaultState);

    public string OutputFile(string relativePath) => Path.Combine(Output, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The writer's own folder in the output folder: the owner records and the folder lock.</summary>
    public string OwnFolder => Path.Combine(Output, ".k8styped");

    /// <summary>Every file under the output folder except the writer's own folder, relative, with '/' separators, sorted.</summary>
    public string[] OutputFiles() =>
        AllOutputFiles().Where(path => !path.StartsWith(".k8styped/", StringComparison.Ordinal)).ToArray();

    /// <summary>Every file under the output folder, relative, with '/' separators, sorted.</summary>
    public string[] AllOutputFiles() =>
        Directory.Exists(Output)
            ? Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Output, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];

    public void Dispose() => root.Dispose();
}
