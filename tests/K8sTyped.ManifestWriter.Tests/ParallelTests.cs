using K8sTyped.ManifestWriter.Tests.TestSupport;
using static K8sTyped.ManifestWriter.Tests.TestSupport.ManifestAssembly;

namespace K8sTyped.ManifestWriter.Tests;

/// <summary>
/// Inner builds of a multi-targeted project run the writer at the same time, into one output folder, each with its own
/// state file in one shared state folder. These runs start together on separate threads; the lock is a real OS file lock,
/// which also excludes two opens inside one process.
/// </summary>
public sealed class ParallelTests
{
    private const int Producers = 8;

    [Fact]
    public void Producers_writing_the_same_files_at_once_all_succeed_with_identical_results()
    {
        using var workspace = new WriterWorkspace();
        string[] entries = Enumerable.Range(0, 20)
            .Select(i => Entry("Shop.App" + i, "application", $"app-{i}.yaml", $"kind: List\nindex: {i}\n"))
            .ToArray();
        string[] assemblies = Enumerable.Range(0, Producers).Select(_ => workspace.Compile(entries)).ToArray();

        WriterRun[] runs = RunTogether(assemblies.Select((assembly, i) => (assembly, workspace.StateFor("tfm" + i))).ToArray(), workspace);

        Assert.All(runs, run => run.AssertSucceeded());
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"app-{i}.yaml").Order(StringComparer.Ordinal), workspace.OutputFiles());
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal($"kind: List\nindex: {i}\n", File.ReadAllText(workspace.OutputFile($"app-{i}.yaml")));
        }

        // Each file is written by exactly one producer; the others find the bytes already there.
        int written = runs.Sum(run => int.Parse(run.Output.Split("K8sTyped: ")[2].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(20, written);
    }

    [Fact]
    public void A_producer_dropping_a_file_at_the_same_time_as_a_sibling_produces_it_never_loses_it()
    {
        // Repeated because a wrong design fails only for some interleavings.
        for (int attempt = 0; attempt < 10; attempt++)
        {
            using var workspace = new WriterWorkspace();
            string withShared = workspace.Compile(Entry("A", "application", "shared.yaml", "same\n"), Entry("A", "application", "old.yaml", "x\n"));
            workspace.Run(withShared, state: workspace.StateFor("net10.0")).AssertSucceeded();

            string withoutShared = workspace.Compile(Entry("A", "application", "new.yaml", "y\n"));
            string stillShared = workspace.Compile(Entry("A", "application", "shared.yaml", "same\n"));
            WriterRun[] runs = RunTogether([(withoutShared, workspace.StateFor("net10.0")), (stillShared, workspace.StateFor("net8.0"))], workspace);

            Assert.All(runs, run => run.AssertSucceeded());
            Assert.Equal(["new.yaml", "shared.yaml"], workspace.OutputFiles());
        }
    }

    private static WriterRun[] RunTogether((string Assembly, string State)[] producers, WriterWorkspace workspace)
    {
        using var start = new Barrier(producers.Length);
        Task<WriterRun>[] tasks = producers
            .Select(producer => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    return WriterRun.Invoke(producer.Assembly, workspace.Output, "application", producer.State);
                },
                TaskCreationOptions.LongRunning))
            .ToArray();
        Task.WaitAll(tasks);
        return tasks.Select(task => task.Result).ToArray();
    }
}
