namespace K8sTyped.Tests.Yaml.Reading;

/// <summary>Reads the manifest corpus with our reader and with YamlDotNet and requires the same trees.</summary>
public class DifferentialTests
{
    public static TheoryData<string> ManifestNames => new(ManifestCorpus.Manifests.Keys);

    [Theory]
    [MemberData(nameof(ManifestNames))]
    public void Manifest_reads_like_YamlDotNet(string name) =>
        YamlDotNetOracle.AssertSameTrees(ManifestCorpus.Manifests[name]);

    [Theory]
    [MemberData(nameof(ManifestNames))]
    public void Manifest_with_CRLF_line_breaks_reads_like_YamlDotNet(string name) =>
        YamlDotNetOracle.AssertSameTrees(ManifestCorpus.Manifests[name].Replace("\n", "\r\n"));

    [Fact]
    public void Merge_keys_expand_like_YamlDotNet_merging_parser() =>
        YamlDotNetOracle.AssertSameTrees(
            """
            defaults: &defaults
              imagePullPolicy: IfNotPresent
              resources: {limits: {memory: 1Gi}}
            probes: &probes
              livenessProbe: {tcpSocket: {port: 8080}}
            containers:
            - <<: *defaults
              name: app
              image: app:1.0
            - <<: [*defaults, *probes]
              name: worker
              image: worker:1.0
            """,
            applyMergeKeys: true);
}
