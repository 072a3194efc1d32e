using K8sTyped.ManifestWriter.Tests.TestSupport;
using static K8sTyped.ManifestWriter.Tests.TestSupport.ManifestAssembly;

namespace K8sTyped.ManifestWriter.Tests;

public sealed class StaleFileTests
{
    [Fact]
    public void Files_written_before_and_no_longer_produced_are_removed_and_foreign_files_are_kept()
    {
        using var workspace = new WriterWorkspace();
        workspace.Run(workspace.Compile(
            Entry("A", "application", "kept.yaml", "a\n"),
            Entry("B", "application", "gone.yaml", "b\n"))).AssertSucceeded();
        File.WriteAllText(workspace.OutputFile("README.md"), "written by a person\n");
        File.WriteAllText(workspace.OutputFile("hand-made.yaml"), "kind: ConfigMap\n");

        WriterRun run = workspace.Run(workspace.Compile(Entry("A", "application", "kept.yaml", "a\n"))).AssertSucceeded();

        Assert.Equal(["README.md", "hand-made.yaml", "kept.yaml"], workspace.OutputFiles());
        Assert.Contains("K8sTyped: 0 written, 1 unchanged, 1 removed", run.Output, StringComparison.Ordinal);
        Assert.Equal([workspace.OutputFile("kept.yaml")], File.ReadAllLines(workspace.DefaultState));
    }

    [Fact]
    public void Switching_layout_replaces_the_application_files_with_object_files_and_removes_emptied_folders()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(
            Entry("A", "application", "a.yaml", "all\n"),
            Entry("A", "object", "a/service-a.yaml", "service\n"),
            Entry("A", "object", "a/deep/pvc-a.yaml", "claim\n"));

        workspace.Run(assembly, layout: "object").AssertSucceeded();
        Assert.Equal(["a/deep/pvc-a.yaml", "a/service-a.yaml"], workspace.OutputFiles());

        workspace.Run(assembly, layout: "application").AssertSucceeded();
        Assert.Equal(["a.yaml"], workspace.OutputFiles());
        Assert.False(Directory.Exists(workspace.OutputFile("a")));
    }

    [Fact]
    public void A_folder_that_still_holds_a_foreign_file_is_kept()
    {
        using var workspace = new WriterWorkspace();
        workspace.Run(workspace.Compile(Entry("A", "object", "a/service-a.yaml", "service\n")), layout: "object").AssertSucceeded();
        File.WriteAllText(workspace.OutputFile("a/notes.txt"), "mine\n");

        workspace.Run(workspace.Compile(), layout: "object").AssertSucceeded();

        Assert.Equal(["a/notes.txt"], workspace.OutputFiles());
    }

    [Fact]
    public void A_file_a_sibling_producer_still_claims_is_not_removed()
    {
        using var workspace = new WriterWorkspace();
        string both = workspace.Compile(
            Entry("A", "application", "shared.yaml", "same\n"),
            Entry("A", "application", "net10-only.yaml", "x\n"));
        workspace.Run(both, state: workspace.StateFor("Debug_net10.0")).AssertSucceeded();
        workspace.Run(workspace.Compile(Entry("A", "application", "shared.yaml", "same\n")), state: workspace.StateFor("Debug_net8.0"))
            .AssertSucceeded();

        // net10.0 stops producing shared.yaml; net8.0 still claims it, so it stays.
        workspace.Run(workspace.Compile(Entry("A", "application", "net10-only.yaml", "x\n")), state: workspace.StateFor("Debug_net10.0"))
            .AssertSucceeded();

        Assert.Equal(["net10-only.yaml", "shared.yaml"], workspace.OutputFiles());
    }

    [Fact]
    public void After_the_output_folder_changes_the_old_folder_is_left_alone()
    {
        using var workspace = new WriterWorkspace();
        using var elsewhere = new TemporaryDirectory();
        string assembly = workspace.Compile(Entry("A", "application", "a.yaml", "a\n"));
        WriterRun.Invoke(assembly, elsewhere.Path, "application", workspace.DefaultState).AssertSucceeded();

        workspace.Run(assembly).AssertSucceeded();

        Assert.True(File.Exists(elsewhere.Combine("a.yaml")));
        Assert.Equal(["a.yaml"], workspace.OutputFiles());
    }
}
