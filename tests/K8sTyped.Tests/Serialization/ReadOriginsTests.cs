using K8sTyped.Origins;
using K8sTyped.Rules;

namespace K8sTyped.Tests.Serialization;

/// <summary>Rules run over YAML read from a file report each finding at the file, line and column of the offending value.</summary>
public class ReadOriginsTests
{
    private const string Database = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          serviceName: db
          replicas: -1
          selector:
            matchLabels:
              app: db
          template:
            metadata:
              labels:
                app: db
            spec:
              containers:
              - name: db
                image: mariadb:11.4
        """;

    [Fact]
    public void A_rule_finding_points_at_the_value_in_the_file()
    {
        var read = KubernetesYaml.Read(Database, "db.yaml");

        var finding = Finding(read, "KT1201");

        Assert.Equal(new SourceOrigin("db.yaml", 7, 13), finding.Origin);
    }

    [Fact]
    public void A_finding_on_a_whole_object_points_at_the_object()
    {
        var read = KubernetesYaml.Read(Database, "db.yaml");

        Assert.Equal(new SourceOrigin("db.yaml", 1, 1), read.OriginsOf(read.Objects.Single())!.Find(""));
        Assert.Equal(new SourceOrigin("db.yaml", 17, 15), read.OriginsOf(read.Objects.Single())!.Find("spec.template.spec.containers[0].name"));
    }

    [Fact]
    public void Items_of_a_list_document_have_origins_relative_to_themselves()
    {
        var list = """
            {"apiVersion": "v1", "kind": "List", "items": [
              {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "first"}},
              {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "Second"}, "spec": {"ports": [{"port": 80}]}}
            ]}
            """;
        var read = KubernetesYaml.Read(list, "list.json");

        var finding = Finding(read, "KT1001");

        Assert.Equal("Second", finding.Object!.Name);
        Assert.Equal("metadata.name", finding.Path);
        Assert.Equal(new SourceOrigin("list.json", 3, 64), finding.Origin);
    }

    [Fact]
    public void Documents_after_a_syntax_error_keep_their_file_lines()
    {
        var text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [broken\n---\n" + Database;
        var read = KubernetesYaml.Read(text, "mixed.yaml");

        Assert.Contains(read.Errors, e => e.Line == 4);
        var finding = Finding(read, "KT1201");
        Assert.Equal(new SourceOrigin("mixed.yaml", 5 + 7, 13), finding.Origin);
    }

    [Fact]
    public void Objects_not_read_there_have_no_origins()
    {
        var read = KubernetesYaml.Read(Database, "db.yaml");

        Assert.Null(read.OriginsOf(new K8sTyped.Models.V1Pod()));
    }

    private static Diagnostic Finding(K8sTyped.Serialization.KubernetesReadResult read, string id) =>
        Assert.Single(RuleEngine.Validate(read.ToManifestSet()).Diagnostics, d => d.Id == id);
}
