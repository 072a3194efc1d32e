using K8sTyped.ManifestWriter.Tests.TestSupport;
using static K8sTyped.ManifestWriter.Tests.TestSupport.ManifestAssembly;

namespace K8sTyped.ManifestWriter.Tests;

/// <summary>
/// A lexical check cannot see links: these tests plant real symbolic links (on Windows creating them needs Developer Mode
/// or elevation) and hostile state entries, and check that the file outside the output folder survives.
/// </summary>
public sealed class LinkEscapeTests
{
    private const string Precious = "not the writer's\n";

    [Fact]
    public void A_manifest_under_a_linked_subfolder_pointing_outside_is_refused_and_nothing_is_written()
    {
        using var workspace = new WriterWorkspace();
        string victim = PlantVictim(workspace, "app.yaml");
        Directory.CreateDirectory(workspace.Output);
        Directory.CreateSymbolicLink(workspace.OutputFile("sub"), Path.Combine("..", "outside"));

        WriterRun run = workspace.Run(workspace.Compile(
            Entry("A", "application", "fine.yaml", "fine\n"),
            Entry("A", "application", "sub/app.yaml", "overwritten\n")));

        // The real path is compared by its end: the temp folder itself may be a link (macOS: /var -> /private/var).
        run.AssertFailed("the manifest 'sub/app.yaml' would land at '");
        Assert.Contains($"{Path.Combine("outside", "app.yaml")}', outside the output folder '{workspace.Output}'", run.Error, StringComparison.Ordinal);
        Assert.Equal(Precious, File.ReadAllText(victim));
        Assert.False(File.Exists(workspace.OutputFile("fine.yaml")));
    }

    [Fact]
    public void A_manifest_file_that_is_a_link_to_a_file_outside_is_refused()
    {
        using var workspace = new WriterWorkspace();
        string victim = PlantVictim(workspace, "target.yaml");
        Directory.CreateDirectory(workspace.Output);
        File.CreateSymbolicLink(workspace.OutputFile("app.yaml"), victim);

        workspace.Run(workspace.Compile(Entry("A", "application", "app.yaml", "overwritten\n")))
            .AssertFailed("the manifest 'app.yaml' would land at");

        Assert.Equal(Precious, File.ReadAllText(victim));
    }

    [Fact]
    public void A_stale_file_whose_folder_became_a_link_to_outside_is_not_removed_and_the_run_says_so()
    {
        using var workspace = new WriterWorkspace();
        workspace.Run(workspace.Compile(Entry("A", "object", "sub/app.yaml", "mine\n")), layout: "object").AssertSucceeded();
        string victim = PlantVictim(workspace, "app.yaml");
        Directory.Delete(workspace.OutputFile("sub"), recursive: true);
        Directory.CreateSymbolicLink(workspace.OutputFile("sub"), Path.Combine("..", "outside"));

        WriterRun run = workspace.Run(workspace.Compile(Entry("A", "object", "other.yaml", "x\n")), layout: "object").AssertSucceeded();

        Assert.Equal(Precious, File.ReadAllText(victim));
        Assert.Contains(
            $"K8sTyped: warning: '{workspace.OutputFile("sub/app.yaml")}' is not removed: a symbolic link or junction takes its folder to '",
            run.Output,
            StringComparison.Ordinal);
        Assert.Contains("0 removed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forged_state_entry_leading_out_of_the_output_folder_is_ignored_with_a_warning()
    {
        using var workspace = new WriterWorkspace();
        string victim = PlantVictim(workspace, "victim");
        string forged = workspace.Output + "/../outside/victim";
        Directory.CreateDirectory(Path.GetDirectoryName(workspace.DefaultState)!);
        File.WriteAllLines(workspace.DefaultState, [forged, "relative/victim"]);

        WriterRun run = workspace.Run(workspace.Compile(Entry("A", "application", "a.yaml", "a\n"))).AssertSucceeded();

        Assert.Equal(Precious, File.ReadAllText(victim));
        Assert.Contains($"K8sTyped: warning: the state file '{workspace.DefaultState}' lists '{forged}', which is not a normalized full path; it is ignored.", run.Output, StringComparison.Ordinal);
        Assert.Contains("lists 'relative/victim', which is not a normalized full path", run.Output, StringComparison.Ordinal);
        Assert.Equal([workspace.OutputFile("a.yaml")], File.ReadAllLines(workspace.DefaultState));
    }

    [Fact]
    public void A_normalized_state_entry_through_a_link_to_outside_is_not_removed()
    {
        using var workspace = new WriterWorkspace();
        string victim = PlantVictim(workspace, "victim");
        Directory.CreateDirectory(workspace.Output);
        Directory.CreateSymbolicLink(workspace.OutputFile("sub"), workspace.Outside());
        Directory.CreateDirectory(Path.GetDirectoryName(workspace.DefaultState)!);
        File.WriteAllLines(workspace.DefaultState, [workspace.OutputFile("sub/victim")]);

        WriterRun run = workspace.Run(workspace.Compile(Entry("A", "application", "a.yaml", "a\n"))).AssertSucceeded();

        Assert.Equal(Precious, File.ReadAllText(victim));
        Assert.Contains("K8sTyped: warning: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_that_is_itself_a_link_is_the_users_choice_and_is_written()
    {
        using var workspace = new WriterWorkspace();
        Directory.CreateDirectory(workspace.Outside("real-manifests"));
        Directory.CreateSymbolicLink(workspace.Output, workspace.Outside("real-manifests"));
        string assembly = workspace.Compile(Entry("A", "object", "sub/app.yaml", "a\n"));
        workspace.Run(assembly, layout: "object").AssertSucceeded();

        workspace.Run(workspace.Compile(), layout: "object").AssertSucceeded();

        Assert.Equal([".k8styped", "owners"], Directory.GetFileSystemEntries(workspace.Outside("real-manifests"), "*", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith("lock", StringComparison.Ordinal)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_link_inside_the_output_folder_to_a_folder_inside_it_is_followed()
    {
        using var workspace = new WriterWorkspace();
        Directory.CreateDirectory(workspace.OutputFile("real"));
        Directory.CreateSymbolicLink(workspace.OutputFile("alias"), "real");

        workspace.Run(workspace.Compile(Entry("A", "application", "alias/app.yaml", "a\n"))).AssertSucceeded();

        Assert.Equal("a\n", File.ReadAllText(workspace.OutputFile("real/app.yaml")));
    }

    [Fact]
    public void The_writers_own_folder_linked_outside_is_refused()
    {
        using var workspace = new WriterWorkspace();
        Directory.CreateDirectory(workspace.Outside());
        Directory.CreateDirectory(workspace.Output);
        Directory.CreateSymbolicLink(workspace.OwnFolder, workspace.Outside());

        workspace.Run(workspace.Compile(Entry("A", "application", "a.yaml", "a\n"))).AssertFailed("the writer's own folder would land at");

        Assert.Empty(Directory.GetFileSystemEntries(workspace.Outside()));
    }

    private static string PlantVictim(WriterWorkspace workspace, string name)
    {
        Directory.CreateDirectory(workspace.Outside());
        string victim = workspace.Outside(name);
        File.WriteAllText(victim, Precious);
        return victim;
    }
}
