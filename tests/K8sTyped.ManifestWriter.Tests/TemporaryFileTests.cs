using K8sTyped.ManifestWriter.Tests.TestSupport;
using static K8sTyped.ManifestWriter.Tests.TestSupport.ManifestAssembly;

namespace K8sTyped.ManifestWriter.Tests;

public sealed class TemporaryFileTests
{
    [Fact]
    public void Temporary_files_a_killed_run_left_in_the_folders_the_writer_writes_are_removed_and_look_alikes_are_kept()
    {
        using var workspace = new WriterWorkspace();
        string stateFolder = Path.GetDirectoryName(workspace.DefaultState)!;
        Directory.CreateDirectory(workspace.OutputFile("sub"));
        Directory.CreateDirectory(workspace.OutputFile("elsewhere"));
        Directory.CreateDirectory(stateFolder);
        string[] leftovers =
        [
            workspace.OutputFile(".k8styped-0123456789abcdef.tmp"),
            workspace.OutputFile("sub/.k8styped-fedcba9876543210.tmp"),
            // The name earlier versions used: .<file name>.<32 hex digits>.tmp
            workspace.OutputFile(".app.yaml.0123456789abcdef0123456789abcdef.tmp"),
            Path.Combine(stateFolder, ".k8styped-00000000000000aa.tmp"),
        ];
        string[] kept =
        [
            workspace.OutputFile(".notes.tmp"),
            workspace.OutputFile(".k8styped-not-ours.tmp"),
            workspace.OutputFile("k8styped-0123456789abcdef.tmp"),
            // A folder the writer does not write into is not searched.
            workspace.OutputFile("elsewhere/.k8styped-0123456789abcdef.tmp"),
        ];
        foreach (string file in leftovers.Concat(kept))
        {
            File.WriteAllText(file, "half a manifest");
        }

        workspace.Run(workspace.Compile(Entry("A", "object", "app.yaml", "a\n"), Entry("A", "object", "sub/b.yaml", "b\n")), layout: "object")
            .AssertSucceeded();

        Assert.All(leftovers, file => Assert.False(File.Exists(file), file));
        Assert.All(kept, file => Assert.True(File.Exists(file), file));
    }

    [Fact]
    public void A_file_name_of_250_bytes_is_written_because_the_temporary_name_does_not_grow_with_it()
    {
        using var workspace = new WriterWorkspace();
        string fileName = "statefulset-" + new string('n', 233) + ".yaml";
        Assert.Equal(250, System.Text.Encoding.UTF8.GetByteCount(fileName));

        workspace.Run(workspace.Compile(Entry("A", "object", fileName, "kind: StatefulSet\n")), layout: "object").AssertSucceeded();

        Assert.Equal([fileName], workspace.OutputFiles());
        Assert.Equal("kind: StatefulSet\n", File.ReadAllText(workspace.OutputFile(fileName)));
    }
}
