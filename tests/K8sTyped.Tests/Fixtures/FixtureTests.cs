using K8sTyped.Models;
using K8sTyped.Serialization;
using K8sTyped.Tests.OpenApi;
using K8sTyped.Tests.TestSupport;
using K8sTyped.Yaml;

namespace K8sTyped.Tests.Fixtures;

/// <summary>
/// The hand-written, real-world fixtures: read strictly, written deterministically, equal to golden files we have read,
/// stable under read → write → read, and accepted by the OpenAPI document itself.
/// </summary>
public class FixtureTests
{
    public static TheoryData<string> FixtureNames => new() { "mariadb.yaml", "pv-log.yaml", "storage-classes.yaml" };

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Fixture_reads_strictly_without_errors(string name)
    {
        var result = ReadFixture(name);

        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        Assert.NotEmpty(result.Objects);
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Fixture_as_written_by_hand_conforms_to_the_openapi_document(string name)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, name));

        foreach (var document in YamlReader.Read(text, name))
            Assert.Empty(OpenApiValidator.Kubernetes136.Validate(document.Root!));
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Written_yaml_equals_the_golden_file(string name)
    {
        var yaml = KubernetesYaml.Serialize(ReadFixture(name).Objects);

        Golden.AssertMatches(Path.Combine("golden", name), yaml);
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Written_yaml_conforms_to_the_openapi_document(string name)
    {
        var yaml = KubernetesYaml.Serialize(ReadFixture(name).Objects);

        foreach (var document in YamlReader.Read(yaml, name))
        {
            var violations = OpenApiValidator.Kubernetes136.Validate(document.Root!);
            Assert.True(violations.Count == 0, string.Join("\n", violations));
        }
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Read_write_read_is_stable_through_yaml_and_json(string name)
    {
        var objects = ReadFixture(name).Objects;
        var yaml = KubernetesYaml.Serialize(objects);

        var fromYaml = KubernetesYaml.Read(yaml, "written.yaml");
        var fromJson = KubernetesYaml.Read(KubernetesYaml.SerializeJson(objects), "written.json");

        Assert.Empty(fromYaml.Errors);
        Assert.Empty(fromJson.Errors);
        Assert.Equal(yaml, KubernetesYaml.Serialize(fromYaml.Objects));
        Assert.Equal(yaml, KubernetesYaml.Serialize(fromJson.Objects));
    }

    [Fact]
    public void Values_yaml_would_misread_keep_their_type()
    {
        var gold = ReadFixture("storage-classes.yaml").Objects.OfType<V1StorageClass>().Single(c => c.Metadata!.Name == "gold");
        var claim = ReadFixture("pv-log.yaml").Objects.OfType<V1PersistentVolumeClaim>().Single();

        Assert.Equal("yes", gold.Metadata!.Labels!["encrypted"]);
        Assert.Equal("0123", gold.Metadata.Labels["cost-center"]);
        Assert.Equal("", claim.Spec!.StorageClassName);
        var rewritten = KubernetesYaml.Serialize(gold);
        Assert.Contains("encrypted: 'yes'", rewritten, StringComparison.Ordinal);
    }

    private static KubernetesReadResult ReadFixture(string name) =>
        KubernetesYaml.ReadFile(Path.Combine(RepositoryPaths.Fixtures, name));
}
