using K8sTyped.ManifestWriter.Tests.TestSupport;
using static K8sTyped.ManifestWriter.Tests.TestSupport.ManifestAssembly;

namespace K8sTyped.ManifestWriter.Tests;

/// <summary>
/// Two projects pointed at one output folder keep their states in different folders, so only the owner records in the
/// output folder itself (<c>.k8styped/owners</c>) let one see the other.
/// </summary>
public sealed class ProjectConflictTests
{
    [Fact]
    public void A_second_project_writing_the_same_file_fails_naming_the_file_and_both_projects_and_writes_nothing()
    {
        using var workspace = new WriterWorkspace();
        workspace.Run(workspace.Compile(Entry("Shop.A", "application", "app.yaml", "from A\n"))).AssertSucceeded();
        string otherState = workspace.OtherProjectState("B");

        WriterRun run = workspace.Run(
            workspace.Compile(Entry("Shop.B", "application", "app.yaml", "from B\n"), Entry("Shop.B", "application", "b.yaml", "b\n")),
            state: otherState);

        run.AssertFailed(
            $"two projects write the manifest 'app.yaml' into '{workspace.Output}': the project whose writer state is in " +
            $"'{Path.GetDirectoryName(workspace.DefaultState)}' and this project, whose writer state is in '{Path.GetDirectoryName(otherState)}'");
        Assert.Equal(["app.yaml"], workspace.OutputFiles());
        Assert.Equal("from A\n", File.ReadAllText(workspace.OutputFile("app.yaml")));
        Assert.False(File.Exists(otherState));
    }

    [Fact]
    public void Two_projects_writing_different_files_into_one_folder_both_succeed_and_keep_each_others_files()
    {
        using var workspace = new WriterWorkspace();
        workspace.Run(workspace.Compile(Entry("Shop.A", "application", "a.yaml", "a\n"))).AssertSucceeded();
        workspace.Run(workspace.Compile(Entry("Shop.B", "application", "b.yaml", "b\n")), state: workspace.OtherProjectState("B"))
            .AssertSucceeded();

        workspace.Run(workspace.Compile(Entry("Shop.A", "application", "a.yaml", "a\n"))).AssertSucceeded();

        Assert.Equal(["a.yaml", "b.yaml"], workspace.OutputFiles());
    }

    [Fact]
    public void The_same_project_running_again_is_not_a_conflict()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(Entry("Shop.A", "application", "app.yaml", "a\n"));
        workspace.Run(assembly).AssertSucceeded();

        workspace.Run(workspace.Compile(Entry("Shop.A", "application", "app.yaml", "changed\n"))).AssertSucceeded();

        Assert.Equal("changed\n", File.ReadAllText(workspace.OutputFile("app.yaml")));
        Assert.Equal([$"{Path.GetDirectoryName(workspace.DefaultState)}\tapp.yaml"], File.ReadAllLines(Path.Combine(workspace.OwnFolder, "owners")));
    }

    [Fact]
    public void A_second_target_framework_of_the_same_project_is_not_a_conflict()
    {
        using var workspace = new WriterWorkspace();
        workspace.Run(workspace.Compile(Entry("Shop.A", "application", "app.yaml", "net10\n")), state: workspace.StateFor("Debug_net10.0"))
            .AssertSucceeded();

        // Different content from two frameworks of one project: the last one wins, as documented.
        workspace.Run(workspace.Compile(Entry("Shop.A", "application", "app.yaml", "net8\n")), state: workspace.StateFor("Debug_net8.0"))
            .AssertSucceeded();

        Assert.Equal("net8\n", File.ReadAllText(workspace.OutputFile("app.yaml")));
    }

    [Fact]
    public void A_project_that_no_longer_produces_a_file_lets_another_project_take_it_over()
    {
        using var workspace = new WriterWorkspace();
        using var elsewhere = new TemporaryDirectory();
        string assembly = workspace.Compile(Entry("Shop.A", "application", "app.yaml", "from A\n"));
        workspace.Run(assembly).AssertSucceeded();

        // Project A moves its output elsewhere: its record in the old folder is stale, and the file is left there.
        WriterRun.Invoke(assembly, elsewhere.Path, "application", workspace.DefaultState).AssertSucceeded();
        workspace.Run(workspace.Compile(Entry("Shop.B", "application", "app.yaml", "from B\n")), state: workspace.OtherProjectState("B"))
            .AssertSucceeded();

        Assert.Equal("from B\n", File.ReadAllText(workspace.OutputFile("app.yaml")));
    }

    [Fact]
    public void A_project_never_removes_as_stale_a_file_another_project_has_taken_over()
    {
        using var workspace = new WriterWorkspace();
        workspace.Run(workspace.Compile(Entry("Shop.A", "application", "app.yaml", "from A\n"))).AssertSucceeded();
        string stateOfA = File.ReadAllText(workspace.DefaultState);

        // A's state is lost (dotnet clean), so A no longer claims the file and B takes it over; then A's old state comes back
        // and A stops producing the file. The file is B's now: A must not remove it.
        File.Delete(workspace.DefaultState);
        workspace.Run(workspace.Compile(Entry("Shop.B", "application", "app.yaml", "from B\n")), state: workspace.OtherProjectState("B"))
            .AssertSucceeded();
        File.WriteAllText(workspace.DefaultState, stateOfA);
        WriterRun run = workspace.Run(workspace.Compile(Entry("Shop.A", "application", "a.yaml", "a\n"))).AssertSucceeded();

        Assert.Equal(["a.yaml", "app.yaml"], workspace.OutputFiles());
        Assert.Equal("from B\n", File.ReadAllText(workspace.OutputFile("app.yaml")));
        Assert.Contains("0 removed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_whose_file_was_taken_over_while_its_state_was_lost_fails_when_it_produces_the_file_again()
    {
        using var workspace = new WriterWorkspace();
        string assemblyOfA = workspace.Compile(Entry("Shop.A", "application", "app.yaml", "from A\n"));
        workspace.Run(assemblyOfA).AssertSucceeded();
        File.Delete(workspace.DefaultState);
        workspace.Run(workspace.Compile(Entry("Shop.B", "application", "app.yaml", "from B\n")), state: workspace.OtherProjectState("B"))
            .AssertSucceeded();

        workspace.Run(assemblyOfA).AssertFailed("two projects write the manifest 'app.yaml'");

        Assert.Equal("from B\n", File.ReadAllText(workspace.OutputFile("app.yaml")));
    }

    [Fact]
    public async Task Two_projects_writing_the_same_file_at_the_same_time_one_succeeds_and_the_other_fails()
    {
        // Repeated because the two runs interleave differently each time; the folder's lock makes every order safe.
        for (int attempt = 0; attempt < 5; attempt++)
        {
            using var workspace = new WriterWorkspace();
            (string Assembly, string State, string Content)[] projects =
            [
                (workspace.Compile(Entry("Shop.A", "application", "app.yaml", "from A\n")), workspace.DefaultState, "from A\n"),
                (workspace.Compile(Entry("Shop.B", "application", "app.yaml", "from B\n")), workspace.OtherProjectState("B"), "from B\n"),
            ];
            using var start = new Barrier(projects.Length);
            Task<WriterRun>[] tasks = projects
                .Select(project => Task.Factory.StartNew(
                    () =>
                    {
                        start.SignalAndWait();
                        return WriterRun.Invoke(project.Assembly, workspace.Output, "application", project.State);
                    },
                    TaskCreationOptions.LongRunning))
                .ToArray();
            WriterRun[] runs = await Task.WhenAll(tasks);
            int winner = Array.FindIndex(runs, run => run.ExitCode == 0);
            Assert.True(winner >= 0, string.Join("\n", runs.Select(run => run.Error)));
            runs[1 - winner].AssertFailed("two projects write the manifest 'app.yaml'");
            Assert.Equal(projects[winner].Content, File.ReadAllText(workspace.OutputFile("app.yaml")));
        }
    }
}
