using System.Text;
using K8sTyped.ManifestWriter.Tests.TestSupport;
using static K8sTyped.ManifestWriter.Tests.TestSupport.ManifestAssembly;

namespace K8sTyped.ManifestWriter.Tests;

/// <summary>
/// The generator's form: one attribute per application whose manifest is the class's ManifestYaml constant; the writer
/// writes that text for the application layout and its documents for the object layout.
/// </summary>
public sealed class ApplicationManifestTests
{
    private const string Stream = "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n---\napiVersion: apps/v1\nkind: StatefulSet\n" +
        "metadata:\n  name: db\nspec:\n  template:\n    spec:\n      containers:\n      - args:\n        - |\n          ---\n          x\n";

    private const string Service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n";

    [Fact]
    public void The_application_layout_writes_the_manifest_constant_exactly()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(Application("Db", "Shop.Db", "db.yaml", Stream, "service-db.yaml", "statefulset-db.yaml"));

        workspace.Run(assembly).AssertSucceeded();

        Assert.Equal(["db.yaml"], workspace.OutputFiles());
        Assert.Equal(Encoding.UTF8.GetBytes(Stream), File.ReadAllBytes(workspace.OutputFile("db.yaml")));
    }

    [Fact]
    public void The_object_layout_writes_each_document_under_its_name()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(Application("Db", "Shop.Db", "db.yaml", Stream, "service-db.yaml", "db/statefulset-db.yaml"));

        workspace.Run(assembly, layout: "object").AssertSucceeded();

        Assert.Equal(["db/statefulset-db.yaml", "service-db.yaml"], workspace.OutputFiles());
        Assert.Equal(Service, File.ReadAllText(workspace.OutputFile("service-db.yaml")));
        // The "---" inside the literal block is indented: it is text, not a document separator.
        Assert.Equal(Stream.Substring(Service.Length + "---\n".Length), File.ReadAllText(workspace.OutputFile("db/statefulset-db.yaml")));
    }

    [Fact]
    public void An_application_without_objects_writes_an_empty_application_file_and_no_object_files()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(Application("Empty", "Shop.Empty", "empty.yaml", ""));

        workspace.Run(assembly, layout: "object").AssertSucceeded();
        Assert.Empty(workspace.OutputFiles());

        workspace.Run(assembly).AssertSucceeded();
        Assert.Equal("", File.ReadAllText(workspace.OutputFile("empty.yaml")));
    }

    [Fact]
    public void Applications_and_earlier_per_file_entries_are_written_together()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(
            Entry("Shop.Web", "application", "web.yaml", "kind: List\n"),
            Application("Db", "Shop.Db", "db.yaml", Service, "service-db.yaml"));

        workspace.Run(assembly).AssertSucceeded();

        Assert.Equal(["db.yaml", "web.yaml"], workspace.OutputFiles());
    }

    [Theory]
    [InlineData(Stream, new[] { "service-db.yaml" }, "names 1 object files, but its 'ManifestYaml' holds 2 documents")]
    [InlineData(Service, new[] { "a.yaml", "b.yaml" }, "names 2 object files, but its 'ManifestYaml' holds 1 documents")]
    [InlineData("kind: Service", new[] { "a.yaml" }, "is on a class whose 'ManifestYaml' is not a YAML stream the generator writes")]
    [InlineData("kind: Service\n---\n", new[] { "a.yaml" }, "is on a class whose 'ManifestYaml' is not a YAML stream the generator writes")]
    [InlineData("kind: Service\n---\n---\nkind: Pod\n", new[] { "a.yaml", "b.yaml" }, "is on a class whose 'ManifestYaml' is not a YAML stream the generator writes")]
    public void A_manifest_that_does_not_match_its_file_names_is_rejected_and_nothing_is_written(string manifest, string[] objectFileNames, string problem)
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(Application("Db", "Shop.Db", "db.yaml", manifest, objectFileNames));

        // Either layout: the entry is wrong as a whole, so not even the application file is written from it.
        workspace.Run(assembly).AssertFailed($"has a GeneratedApplication attribute on 'Shop.Db' that {problem}");

        Assert.False(Directory.Exists(workspace.Output));
    }

    [Fact]
    public void A_class_without_the_manifest_constant_is_rejected()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(
            "namespace Shop { [global::K8sTyped.Build.GeneratedApplication(\"Shop.Db\", \"db.yaml\")] " +
            "public static class Db { public static readonly string ManifestYaml = \"\"; } }");

        workspace.Run(assembly).AssertFailed("on 'Shop.Db' that is on a class without a string constant 'ManifestYaml'");

        Assert.False(Directory.Exists(workspace.Output));
    }
}
