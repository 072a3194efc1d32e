using K8sTyped.ManifestWriter.Tests.TestSupport;
using static K8sTyped.ManifestWriter.Tests.TestSupport.ManifestAssembly;

namespace K8sTyped.ManifestWriter.Tests;

public sealed class IncrementalTests
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    [Fact]
    public void Files_whose_bytes_are_unchanged_are_not_rewritten_and_keep_their_timestamps()
    {
        using var workspace = new WriterWorkspace();
        string first = workspace.Compile(
            Entry("A", "application", "same.yaml", "kind: List\n"),
            Entry("B", "application", "changes.yaml", "replicas: 1\n"));
        workspace.Run(first).AssertSucceeded();
        File.SetLastWriteTimeUtc(workspace.OutputFile("same.yaml"), LongAgo);
        File.SetLastWriteTimeUtc(workspace.OutputFile("changes.yaml"), LongAgo);

        string second = workspace.Compile(
            Entry("A", "application", "same.yaml", "kind: List\n"),
            Entry("B", "application", "changes.yaml", "replicas: 3\n"));
        WriterRun run = workspace.Run(second).AssertSucceeded();

        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(workspace.OutputFile("same.yaml")));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(workspace.OutputFile("changes.yaml")));
        Assert.Equal("replicas: 3\n", File.ReadAllText(workspace.OutputFile("changes.yaml")));
        Assert.Contains("K8sTyped: 1 written, 1 unchanged, 0 removed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_written_manifest_carries_the_time_of_its_assembly_so_it_is_never_a_newer_compiler_input_than_the_assembly()
    {
        // The next build passes the output folder to the compiler (the change rules' previous manifests): a manifest
        // stamped after the assembly would make MSBuild compile again although nothing changed.
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(Entry("A", "application", "a.yaml", "kind: List\n"));
        File.SetLastWriteTimeUtc(assembly, LongAgo);

        workspace.Run(assembly).AssertSucceeded();

        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(workspace.OutputFile("a.yaml")));
    }

    [Fact]
    public void A_second_run_on_the_same_assembly_rewrites_nothing()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(Entry("A", "application", "a.yaml", "kind: List\n"));
        workspace.Run(assembly).AssertSucceeded();
        File.SetLastWriteTimeUtc(workspace.OutputFile("a.yaml"), LongAgo);
        File.SetLastWriteTimeUtc(workspace.DefaultState, LongAgo);

        WriterRun run = workspace.Run(assembly).AssertSucceeded();

        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(workspace.OutputFile("a.yaml")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(workspace.DefaultState));
        Assert.Contains("K8sTyped: 0 written, 1 unchanged, 0 removed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_edited_by_hand_is_restored_to_the_generated_bytes()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(Entry("A", "application", "a.yaml", "kind: List\n"));
        workspace.Run(assembly).AssertSucceeded();
        File.WriteAllText(workspace.OutputFile("a.yaml"), "kind: Lisp\n");

        workspace.Run(assembly).AssertSucceeded();

        Assert.Equal("kind: List\n", File.ReadAllText(workspace.OutputFile("a.yaml")));
    }

    [Fact]
    public void Writes_leave_no_temporary_files_behind()
    {
        using var workspace = new WriterWorkspace();
        workspace.Run(workspace.Compile(Entry("A", "application", "a.yaml", "one\n"))).AssertSucceeded();
        workspace.Run(workspace.Compile(Entry("A", "application", "a.yaml", "two\n"))).AssertSucceeded();

        Assert.Equal([".k8styped/lock", ".k8styped/owners", "a.yaml"], workspace.AllOutputFiles());
        Assert.Equal(["Debug_net10.0.state", "K8sTyped.lock"],
            Directory.GetFiles(Path.GetDirectoryName(workspace.DefaultState)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
