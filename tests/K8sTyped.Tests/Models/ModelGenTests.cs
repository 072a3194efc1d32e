using K8sTyped.Tests.TestSupport;
using System.Text.Json;
using System.Text.Json.Nodes;
using K8sTyped.ModelGen;
using K8sTyped.ModelGen.Emitting;
using K8sTyped.ModelGen.Parsing;
using K8sTyped.ModelGen.Spec;

namespace K8sTyped.Tests.Models;

public class ModelGenTests
{
    [Theory]
    [InlineData("io.k8s.api.apps.v1.StatefulSet", "V1StatefulSet", "Appsv1StatefulSet", "AppsV1")]
    [InlineData("io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler", "V2HorizontalPodAutoscaler", "Autoscalingv2HorizontalPodAutoscaler", "AutoscalingV2")]
    [InlineData("io.k8s.api.discovery.v1.EndpointPort", "V1EndpointPort", "Discoveryv1EndpointPort", "DiscoveryV1")]
    [InlineData("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "V1ObjectMeta", "Metav1ObjectMeta", "MetaV1")]
    public void Class_names_follow_the_official_client(string definition, string className, string qualifiedName, string folder)
    {
        Assert.Equal(className, Naming.ClassName(definition));
        Assert.Equal(qualifiedName, Naming.QualifiedClassName(definition));
        Assert.Equal(folder, Naming.Folder(definition));
    }

    [Theory]
    [InlineData("serviceName", "V1StatefulSetSpec", "ServiceName")]
    [InlineData("x-kubernetes-list-type", "V1Foo", "XKubernetesListType")]
    [InlineData("$ref", "V1Foo", "Ref")]
    [InlineData("3d", "V1Foo", "Field3d")]
    [InlineData("status", "Status", "StatusProperty")]
    [InlineData("schema", "V1Foo", "SchemaProperty")]
    [InlineData("kubeKind", "V1Foo", "KubeKindProperty")]
    public void Property_names_are_pascal_case_identifiers_that_clash_with_nothing(string jsonName, string className, string expected)
    {
        Assert.Equal(expected, Naming.PropertyName(jsonName, className));
    }

    [Fact]
    public void Name_collisions_prefix_both_definitions_with_package_and_version()
    {
        var names = ModelEmitter.Emit(ParseDocument(document => { })).Select(file => file.RelativePath).ToList();

        Assert.Contains("CoreV1/Corev1EndpointPort.g.cs", names);
        Assert.Contains("DiscoveryV1/Discoveryv1EndpointPort.g.cs", names);
        Assert.DoesNotContain(names, name => name.EndsWith("/V1EndpointPort.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Enum_catalogue_entry_for_a_missing_property_stops_the_generator()
    {
        var exception = Assert.Throws<ModelGenException>(() => ParseDocument(document =>
            document["definitions"]!["io.k8s.api.core.v1.HostPathVolumeSource"]!["properties"]!.AsObject().Remove("type")));

        Assert.Contains("'io.k8s.api.core.v1.HostPathVolumeSource.type'", exception.Message);
        Assert.Contains("has no property 'type'", exception.Message);
    }

    [Fact]
    public void Enum_catalogue_entry_for_a_missing_definition_stops_the_generator()
    {
        // Without its StatefulSet kind nothing refers to the retention policy any more, so it leaves the model.
        var exception = Assert.Throws<ModelGenException>(() => ParseDocument(document =>
        {
            var definitions = document["definitions"]!.AsObject();
            foreach (var name in definitions.Select(d => d.Key).Where(n => n.StartsWith("io.k8s.api.apps.v1.StatefulSet", StringComparison.Ordinal)).ToList())
                definitions.Remove(name);
        }));

        Assert.Contains("definition 'io.k8s.api.apps.v1.StatefulSet", exception.Message);
    }

    [Fact]
    public void Unmapped_shape_stops_the_generator_naming_the_property()
    {
        var exception = Assert.Throws<ModelGenException>(() => ParseDocument(document =>
            document["definitions"]!["io.k8s.api.core.v1.PodSpec"]!["properties"]!["hostname"]!["format"] = "uuid"));

        Assert.Contains("io.k8s.api.core.v1.PodSpec.hostname", exception.Message);
    }

    private static ModelSpec ParseDocument(Action<JsonNode> edit)
    {
        var document = JsonNode.Parse(File.ReadAllText(RepositoryPaths.OpenApiDocument))!;
        edit(document);
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        return ModelParser.Parse(parsed);
    }
}
