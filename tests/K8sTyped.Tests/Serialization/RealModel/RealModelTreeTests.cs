using K8sTyped.Models;
using K8sTyped.Serialization;
using K8sTyped.Tests.OpenApi;
using K8sTyped.Yaml;

namespace K8sTyped.Tests.Serialization.RealModel;

/// <summary>The writer, reader and document order over the generated model, without YAML text.</summary>
public class RealModelTreeTests
{
    [Fact]
    public void StatefulSet_keys_follow_the_documented_order()
    {
        var tree = Write(SampleObjects.StatefulSet());

        Assert.Equal(["apiVersion", "kind", "metadata", "spec"], Keys(tree));
        var spec = Child(tree, "spec");
        Assert.Equal(["replicas", "selector", "serviceName", "template", "volumeClaimTemplates"], Keys(spec));
        var podSpec = Child(Child(spec, "template"), "spec");
        var container = (YamlMapping)((YamlSequence)Value(podSpec, "containers")).Items[0];
        Assert.Equal(["name", "image", "ports", "resources", "volumeMounts"], Keys(container));
        Assert.Equal(["name", "mountPath"], Keys((YamlMapping)((YamlSequence)Value(container, "volumeMounts")).Items[0]));
        Assert.Equal(["cpu", "memory"], Keys(Child(Child(container, "resources"), "requests")));
    }

    [Fact]
    public void Nested_kinds_keep_kind_order_and_unset_fields_are_absent()
    {
        var tree = Write(SampleObjects.StatefulSet());

        var claim = (YamlMapping)((YamlSequence)Value(Child(tree, "spec"), "volumeClaimTemplates")).Items[0];
        Assert.Equal(["apiVersion", "kind", "metadata", "spec"], Keys(claim));
        Assert.Equal(["name"], Keys(Child(claim, "metadata")));
        Assert.Equal(["name", "labels", "namespace"], Keys(Child(tree, "metadata")));
    }

    [Fact]
    public void EmptyDir_is_written_as_an_empty_mapping()
    {
        var podSpec = Child(Child(Child(Write(SampleObjects.StatefulSet()), "spec"), "template"), "spec");

        var volume = (YamlMapping)((YamlSequence)Value(podSpec, "volumes")).Items[0];

        Assert.Equal(["name", "emptyDir"], Keys(volume));
        Assert.Empty(((YamlMapping)Value(volume, "emptyDir")).Entries);
    }

    [Fact]
    public void Every_sample_conforms_to_the_OpenAPI_document()
    {
        foreach (var obj in SampleObjects.All())
            Assert.Empty(OpenApiValidator.Kubernetes136.Validate(Write(obj)));
    }

    [Fact]
    public void Every_sample_reads_back_from_its_tree_into_an_equal_tree()
    {
        foreach (var obj in SampleObjects.All())
        {
            var tree = Write(obj);
            var result = new KubernetesDocumentReader(ModelCatalog.Kinds, new KubernetesReadOptions()).Read([new YamlDocument(tree, SourceMark.None)], null);

            Assert.Empty(result.Errors);
            var reread = Assert.Single(result.Objects);
            Assert.IsType(obj.GetType(), reread);
            Assert.Equal(Flatten(tree), Flatten(Write(reread)));
        }
    }

    [Fact]
    public void Objects_are_sorted_into_manifest_order()
    {
        var sorted = KubernetesObjectOrder.Sort(SampleObjects.All());

        Assert.Equal(
            ["Namespace", "StorageClass", "PersistentVolume", "PersistentVolumeClaim", "Secret", "Service", "StatefulSet"],
            sorted.Select(obj => obj.Kind));
    }

    private static YamlMapping Write(IKubernetesObject obj) => ModelWriter.WriteObject(obj, ModelCatalog.Get(obj.GetType()));

    private static string[] Keys(YamlMapping mapping) => mapping.Entries.Select(entry => entry.Key.Value).ToArray();

    private static YamlNode Value(YamlMapping mapping, string key) =>
        mapping.TryGetValue(key, out var value) ? value : throw new Xunit.Sdk.XunitException($"no key '{key}' in [{string.Join(", ", Keys(mapping))}]");

    private static YamlMapping Child(YamlMapping mapping, string key) => Assert.IsType<YamlMapping>(Value(mapping, key));

    /// <summary>Every scalar as "path=kind:value" in tree order, so two trees compare by content and order.</summary>
    private static List<string> Flatten(YamlNode node, string path = "")
    {
        var lines = new List<string>();
        switch (node)
        {
            case YamlMapping mapping:
                lines.Add($"{path}={{{mapping.Entries.Count}}}");
                foreach (var entry in mapping.Entries)
                    lines.AddRange(Flatten(entry.Value, $"{path}/{entry.Key.Value}"));
                break;
            case YamlSequence sequence:
                lines.Add($"{path}=[{sequence.Items.Count}]");
                for (var i = 0; i < sequence.Items.Count; i++)
                    lines.AddRange(Flatten(sequence.Items[i], $"{path}/{i}"));
                break;
            case YamlScalar scalar:
                lines.Add($"{path}={scalar.Kind}:{scalar.Value}");
                break;
        }

        return lines;
    }
}
