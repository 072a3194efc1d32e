using K8sTyped.Tool.Tests.TestSupport;

namespace K8sTyped.Tool.Tests;

/// <summary>
/// <c>k8styped import</c> on every fixture and sample: the C# is compiled with the generator and analyzer, and the YAML
/// the build would write is the input, byte for byte for the samples' golden files and object by object for the
/// hand-written fixtures.
/// </summary>
public sealed class ImportTests
{
    private static readonly string s_directory = AppContext.BaseDirectory;

    public static TheoryData<string> GoldenSamples => [.. Yaml("Fixtures/golden/samples")];

    public static TheoryData<string> Fixtures => [.. Yaml("Fixtures"), .. Yaml("Fixtures/golden")];

    [Theory]
    [MemberData(nameof(GoldenSamples))]
    public void A_samples_golden_manifest_imports_to_CSharp_whose_build_writes_it_byte_for_byte(string file)
    {
        var code = Import(file, "Imported");

        var build = ImportedBuild.Of(code, "Imported");

        Assert.Empty(build.Problems);
        Assert.DoesNotContain(build.Diagnostics, d => d.Id == "KT2010");
        Assert.Equal(File.ReadAllText(Path.Combine(s_directory, file)), build.ManifestYaml);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fixture_imports_to_CSharp_whose_build_writes_the_same_objects(string file)
    {
        var code = Import(file, "Imported");

        var build = ImportedBuild.Of(code, "Imported");

        Assert.DoesNotContain(build.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var input = KubernetesYaml.ReadFile(Path.Combine(s_directory, file));
        Assert.Equal(KubernetesYaml.Serialize(input.Objects), build.ManifestYaml);
    }

    [Theory]
    [MemberData(nameof(GoldenSamples))]
    [MemberData(nameof(Fixtures))]
    public void The_rules_find_in_the_imported_CSharp_what_they_find_in_the_YAML(string file)
    {
        var lint = ToolRun.Invoke(s_directory, null, "lint", file, "--format", "json", "--fail-on", "never");
        using var report = System.Text.Json.JsonDocument.Parse(lint.Out);
        // KT2010 (a reference outside the manifests) is what the import answers by declaring the object external.
        var inYaml = report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("id").GetString()!).Where(id => id != "KT2010").Order(StringComparer.Ordinal);

        var build = ImportedBuild.Of(Import(file, "Imported"), "Imported");

        var inCSharp = build.Diagnostics.Select(d => d.Id).Where(id => id.StartsWith("KT", StringComparison.Ordinal) && !id.StartsWith("KT01", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(inYaml, inCSharp);
    }

    [Fact]
    public void A_folder_imports_into_one_class_that_builds_all_its_objects()
    {
        var run = ToolRun.Invoke(s_directory, null, "import", "Fixtures", "--class", "Imported");
        Assert.True(run.ExitCode == 0, run.ToString());

        var build = ImportedBuild.Of(run.Out, "Imported");

        Assert.DoesNotContain(build.Diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal) && d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        // Files in the tool's order (ordinal paths): equal objects in several files keep that order in the manifest.
        var inputs = Directory.GetFiles(Path.Combine(s_directory, "Fixtures"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).SelectMany(f => KubernetesYaml.ReadFile(f).Objects);
        Assert.Equal(KubernetesYaml.Serialize(inputs), build.ManifestYaml);
        Assert.Contains("[KubernetesManifests(FileName = \"manifests.yaml\")]", run.Out, StringComparison.Ordinal);
        Assert.Contains("            .Add(\n                databaseNamespace,\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_samples_read_like_the_DSL_the_samples_are_written_in()
    {
        var code = Import("Fixtures/golden/samples/mariadb.yaml", "MariaDbApplication");

        Assert.Contains("[KubernetesManifests(FileName = \"mariadb.yaml\")]", code, StringComparison.Ordinal);
        Assert.Contains("public static partial class MariaDbApplication", code, StringComparison.Ordinal);
        Assert.Contains("var mariadbLabels = Labels.Of(\"app\", \"mariadb\");", code, StringComparison.Ordinal);
        Assert.Contains("StatefulSet.Named(\"mariadb\")\n            .GovernedBy(mariadbService)\n            .Replicas(3)\n            .Pods(mariadbLabels, pod => pod\n", code, StringComparison.Ordinal);
        Assert.Contains(".ClaimTemplate(\"mariadb-data\", AccessMode.ReadWriteOnce, \"250Mi\");", code, StringComparison.Ordinal);
        Assert.Contains(".InNamespace(database)", code, StringComparison.Ordinal);
        Assert.Contains("    .Add(database, mariadbService, mariadbStatefulSet)\n            .ExternalSecret(\"mariadb-secret\");", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Configure", code, StringComparison.Ordinal);
        Assert.DoesNotContain("new V1", code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Secret_in_the_input_is_referred_to_not_declared_external()
    {
        var code = Import("Fixtures/mariadb.yaml", "Imported");

        Assert.Contains(".Env(\"MARIADB_ROOT_PASSWORD\", mariadbSecret.Key(\"root-password\"))", code, StringComparison.Ordinal);
        Assert.DoesNotContain("External", code, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_report_on_the_imported_CSharp_as_on_any_DSL()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("web.yaml", """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: web
            spec:
              serviceName: nginx
              selector:
                matchLabels: {app: nginx}
              template:
                metadata:
                  labels: {app: nginx}
                spec:
                  containers:
                  - name: nginx
                    image: nginx:1.27
            """);
        var run = ToolRun.Invoke(folder.Path, null, "import", "web.yaml", "--class", "Web");

        var build = ImportedBuild.Of(run.Out, "Web");

        Assert.Contains(".GovernedBy(\"nginx\")", run.Out, StringComparison.Ordinal);
        Assert.Equal("KT2001", Assert.Single(build.Problems).Id);
    }

    [Fact]
    public void Output_is_deterministic_and_honours_the_options()
    {
        var first = ToolRun.Invoke(s_directory, null, "import", "Fixtures/golden/samples/zookeeper.yaml", "--class", "Zk", "--namespace", "Demo.Apps", "--file-name", "zk.yaml");
        var second = ToolRun.Invoke(s_directory, null, "import", "Fixtures/golden/samples/zookeeper.yaml", "--class", "Zk", "--namespace", "Demo.Apps", "--file-name", "zk.yaml");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        Assert.Contains("namespace Demo.Apps;", first.Out, StringComparison.Ordinal);
        Assert.Contains("[KubernetesManifests(FileName = \"zk.yaml\")]\npublic static partial class Zk\n", first.Out, StringComparison.Ordinal);
        Assert.Contains(".For(zk)", first.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', first.Out);
    }

    [Fact]
    public void Output_goes_to_the_file_given()
    {
        using var folder = new TemporaryDirectory();
        var input = folder.Write("pv-log.yaml", File.ReadAllText(Path.Combine(s_directory, "Fixtures/golden/samples/pv-log.yaml")));

        var run = ToolRun.Invoke(folder.Path, null, "import", input, "-o", "PvLog.cs");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("public static partial class PvLogApplication", File.ReadAllText(Path.Combine(folder.Path, "PvLog.cs")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--class", "1st", "k8styped: --class: '1st' is not a C# identifier\n")]
    [InlineData("--namespace", "Shop..Db", "k8styped: --namespace: 'Shop..Db' is not a C# namespace\n")]
    public void Names_that_are_not_CSharp_are_refused_with_exit_code_2(string option, string value, string expected)
    {
        var run = ToolRun.Invoke(s_directory, null, "import", "Fixtures/golden/samples/mariadb.yaml", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.Error);
        Assert.Equal("", run.Out);
    }

    internal static string Import(string file, string className)
    {
        var run = ToolRun.Invoke(s_directory, null, "import", file, "--class", className);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Out;
    }

    private static IEnumerable<string> Yaml(string folder) =>
        Directory.GetFiles(Path.Combine(s_directory, folder), "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => folder + "/" + Path.GetFileName(f));
}
