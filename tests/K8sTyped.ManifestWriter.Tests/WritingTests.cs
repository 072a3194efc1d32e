using System.Text;
using K8sTyped.ManifestWriter.Tests.TestSupport;
using static K8sTyped.ManifestWriter.Tests.TestSupport.ManifestAssembly;

namespace K8sTyped.ManifestWriter.Tests;

public sealed class WritingTests
{
    private const string MariaDbYaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: mariadb\n---\napiVersion: apps/v1\nkind: StatefulSet\n";

    [Fact]
    public void Application_layout_writes_each_application_file_with_its_exact_bytes_and_creates_the_folder()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(
            Entry("Shop.MariaDb", "application", "mariadb.yaml", MariaDbYaml),
            Entry("Shop.Cache", "application", "cache.yaml", "kind: List\nitems: [] # é\n"),
            Entry("Shop.MariaDb", "object", "mariadb/service-mariadb.yaml", "kind: Service\n"));

        WriterRun run = workspace.Run(assembly).AssertSucceeded();

        Assert.Equal(["cache.yaml", "mariadb.yaml"], workspace.OutputFiles());
        Assert.Equal(Encoding.UTF8.GetBytes(MariaDbYaml), File.ReadAllBytes(workspace.OutputFile("mariadb.yaml")));
        // UTF-8 without a byte order mark: kubectl and diff tools see exactly the generator's text.
        Assert.Equal(new UTF8Encoding(false).GetBytes("kind: List\nitems: [] # é\n"), File.ReadAllBytes(workspace.OutputFile("cache.yaml")));
        Assert.StartsWith($"K8sTyped: 2 manifests -> {workspace.Output}{Path.DirectorySeparatorChar}\n", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Object_layout_writes_only_object_entries_into_their_subfolders()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(
            Entry("Shop.MariaDb", "application", "mariadb.yaml", MariaDbYaml),
            Entry("Shop.MariaDb", "object", "mariadb/service-mariadb.yaml", "kind: Service\n"),
            Entry("Shop.MariaDb", "object", "mariadb/statefulset-mariadb.yaml", "kind: StatefulSet\n"));

        WriterRun run = workspace.Run(assembly, layout: "object").AssertSucceeded();

        Assert.Equal(["mariadb/service-mariadb.yaml", "mariadb/statefulset-mariadb.yaml"], workspace.OutputFiles());
        Assert.Equal("kind: StatefulSet\n", File.ReadAllText(workspace.OutputFile("mariadb/statefulset-mariadb.yaml")));
        Assert.Contains("K8sTyped: 2 manifests -> ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void State_file_lists_the_full_paths_written_one_per_line_for_msbuild()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(
            Entry("A", "application", "b.yaml", "b\n"),
            Entry("A", "application", "a.yaml", "a\n"));

        workspace.Run(assembly).AssertSucceeded();

        Assert.Equal(
            [workspace.OutputFile("a.yaml"), workspace.OutputFile("b.yaml")],
            File.ReadAllLines(workspace.DefaultState));
    }

    [Fact]
    public void Assembly_without_entries_writes_nothing_and_says_so()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile("[assembly: System.Reflection.AssemblyTitle(\"no manifests here\")]");

        WriterRun run = workspace.Run(assembly).AssertSucceeded();

        Assert.False(Directory.Exists(workspace.Output));
        Assert.StartsWith($"K8sTyped: no application manifests in {assembly}", run.Output, StringComparison.Ordinal);
        Assert.Empty(File.ReadAllLines(workspace.DefaultState));
    }

    [Fact]
    public void Entries_of_only_the_other_layout_write_nothing()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(Entry("A", "object", "a/service-a.yaml", "kind: Service\n"));

        WriterRun run = workspace.Run(assembly, layout: "application").AssertSucceeded();

        Assert.Empty(workspace.OutputFiles());
        Assert.Contains("K8sTyped: no application manifests in ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribute_type_defined_in_the_assembly_itself_is_read_by_its_full_name()
    {
        using var workspace = new WriterWorkspace();
        string assembly = ManifestAssembly.Compile(
            workspace.Bin,
            "[assembly: K8sTyped.Build.GeneratedManifest(\"A\", \"application\", \"local.yaml\", \"kind: List\\n\")]",
            "[assembly: Other.GeneratedManifest(\"A\", \"application\", \"other.yaml\", \"ignored\")]",
            "namespace K8sTyped.Build { [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)] public sealed class GeneratedManifestAttribute(string a, string l, string f, string c) : System.Attribute; }",
            "namespace Other { [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)] public sealed class GeneratedManifestAttribute(string a, string l, string f, string c) : System.Attribute; }");

        workspace.Run(assembly).AssertSucceeded();

        Assert.Equal(["local.yaml"], workspace.OutputFiles());
        Assert.Equal("kind: List\n", File.ReadAllText(workspace.OutputFile("local.yaml")));
    }
}
