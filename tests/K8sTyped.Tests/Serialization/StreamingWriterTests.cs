using K8sTyped.Models;
using K8sTyped.Serialization;
using K8sTyped.Tests.Serialization.RealModel;
using K8sTyped.Yaml;

namespace K8sTyped.Tests.Serialization;

/// <summary>
/// KubernetesYaml writes objects straight to text, without a tree; the text is exactly what the tree of the same object
/// gives through YamlWriter and JsonWriter, which the golden and differential tests check against other parsers.
/// </summary>
public class StreamingWriterTests
{
    public static TheoryData<string> Fixtures() => ["mariadb.yaml", "pv-log.yaml", "storage-classes.yaml"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Streamed_text_is_the_text_of_the_tree(string fixture)
    {
        var read = KubernetesYaml.ReadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));
        Assert.Empty(read.Errors);

        foreach (var obj in read.Objects.Concat(SampleObjects.All()))
        {
            var tree = ModelWriter.WriteObject(obj, ModelCatalog.Get(obj.GetType()));
            Assert.Equal(YamlWriter.Write(tree), KubernetesYaml.Serialize(obj));
            Assert.Equal(JsonWriter.Write(tree), KubernetesYaml.SerializeJson(obj));
        }
    }

    [Fact]
    public void Free_form_values_are_written_inside_the_stream()
    {
        var revision = new V1ControllerRevision
        {
            Metadata = new V1ObjectMeta { Name = "db-1", Namespace = "shop" },
            Revision = 1,
            Data = Tree("spec:\n  template:\n    labels:\n      tier: db\n  replicas: 3\n  empty: {}\n  list: []\n"),
        };

        var tree = ModelWriter.WriteObject(revision, ModelCatalog.Get(revision.GetType()));
        var yaml = KubernetesYaml.Serialize(revision);
        Assert.Equal(YamlWriter.Write(tree), yaml);
        Assert.Contains("data:\n  spec:\n    template:\n      labels:\n        tier: db\n    replicas: 3\n    empty: {}\n    list: []\n", yaml, StringComparison.Ordinal);
        Assert.Equal(JsonWriter.Write(tree), KubernetesYaml.SerializeJson(revision));
    }

    [Fact]
    public void A_free_form_value_that_contains_itself_is_refused()
    {
        var data = new YamlMapping();
        data.Add("self", data);
        var revision = new V1ControllerRevision { Metadata = new V1ObjectMeta { Name = "db-1" }, Revision = 1, Data = data };

        Assert.StartsWith("The tree contains a cycle", Assert.Throws<ArgumentException>(() => KubernetesYaml.Serialize(revision)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The tree contains a cycle", Assert.Throws<ArgumentException>(() => KubernetesYaml.SerializeJson(revision)).Message, StringComparison.Ordinal);
    }

    private static YamlNode Tree(string yaml) => YamlReader.Read(yaml).Single().Root!;
}
