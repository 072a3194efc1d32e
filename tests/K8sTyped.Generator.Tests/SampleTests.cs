using K8sTyped.Generator.Tests.TestSupport;

namespace K8sTyped.Generator.Tests;

/// <summary>
/// Every sample, exactly as it is in samples/ (its manifests code and its [KubernetesManifests] class), evaluated at build
/// time: the generated YAML must be byte-for-byte what the same code gives when it runs.
/// </summary>
public sealed class SampleTests
{
    public static TheoryData<string> Samples => ["MariaDb", "MySql", "PvLog", "ReplicatedMySql", "StorageClasses", "ZooKeeper"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Build_time_yaml_is_the_run_time_yaml(string sample)
    {
        var sources = new[] { $"samples/{sample}/{sample}Manifests.cs", $"samples/{sample}/{sample}Application.cs" }
            .Select(RepositoryFiles.Read)
            .ToArray();

        var run = GeneratorRun.Run(sources);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.OutputErrors);
        var runtime = RuntimeManifests.Load(run.Output);
        var className = $"{sample}.{sample}Application";
        var app = (Application)runtime.Type(className).GetProperty("App")!.GetValue(null)!;
        Assert.Equal(app.ToYaml(), runtime.GeneratedYaml(className));
    }
}
