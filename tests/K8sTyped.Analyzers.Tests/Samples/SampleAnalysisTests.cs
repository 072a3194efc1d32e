using K8sTyped.Analyzers.Tests.TestSupport;

namespace K8sTyped.Analyzers.Tests.Samples;

/// <summary>
/// The samples are what users copy: each one, read from samples/ as it is (its manifests code and its
/// <c>[KubernetesManifests]</c> class), analyzes with no KT diagnostic at all.
/// </summary>
public sealed class SampleAnalysisTests
{
    public static TheoryData<string> Samples => ["MariaDb", "MySql", "PvLog", "ReplicatedMySql", "StorageClasses", "ZooKeeper"];

    [Theory]
    [MemberData(nameof(Samples))]
    public Task A_sample_has_no_KT_diagnostic(string sample)
    {
        var manifests = RepositoryFiles.Read($"samples/{sample}/{sample}Manifests.cs");
        var application = RepositoryFiles.Read($"samples/{sample}/{sample}Application.cs");
        return AnalyzerVerifier.VerifyAsync(manifests, application);
    }
}
