using K8sTyped.Serialization;
using K8sTyped.Tests.Serialization.TestModels;
using K8sTyped.Yaml;

namespace K8sTyped.Tests.Serialization;

public class ModelWriterTests
{
    [Fact]
    public void Kind_starts_with_apiVersion_kind_metadata_spec_then_the_rest_alphabetically()
    {
        var app = new TestApp { Status = new TestAppStatus { ReadyReplicas = 1 }, Spec = new TestAppSpec(), Metadata = new TestMeta { Name = "a" } };

        var tree = ModelWriter.WriteObject(app, TestApp.Schema);

        Assert.Equal(["apiVersion", "kind", "metadata", "spec", "status"], Keys(tree));
    }

    [Fact]
    public void Other_objects_start_with_name_then_the_rest_alphabetically()
    {
        var container = new TestContainer { Image = "nginx", Name = "web", Ports = [new TestPort { Protocol = "TCP", ContainerPort = 80, Name = "http" }] };

        var tree = ModelWriter.WriteObject(container, TestContainer.Schema);

        Assert.Equal(["name", "image", "ports"], Keys(tree));
        var port = (YamlMapping)((YamlSequence)Value(tree, "ports")).Items[0];
        Assert.Equal(["name", "containerPort", "protocol"], Keys(port));
    }

    [Fact]
    public void Null_properties_are_omitted()
    {
        var app = new TestApp { Spec = new TestAppSpec { Replicas = 2 } };

        var tree = ModelWriter.WriteObject(app, TestApp.Schema);

        Assert.Equal(["apiVersion", "kind", "spec"], Keys(tree));
        Assert.Equal(["replicas"], Keys((YamlMapping)Value(tree, "spec")));
    }

    [Fact]
    public void Empty_objects_lists_and_maps_that_were_set_are_written_empty()
    {
        var spec = new TestAppSpec { Volumes = [new TestVolume { Name = "scratch", EmptyDir = new TestEmptyDir() }], Args = [], Limits = new Dictionary<string, Quantity>() };

        var tree = ModelWriter.WriteObject(spec, TestAppSpec.Schema);

        var volume = (YamlMapping)((YamlSequence)Value(tree, "volumes")).Items[0];
        Assert.Empty(Assert.IsType<YamlMapping>(Value(volume, "emptyDir")).Entries);
        Assert.Empty(Assert.IsType<YamlSequence>(Value(tree, "args")).Items);
        Assert.Empty(Assert.IsType<YamlMapping>(Value(tree, "limits")).Entries);
    }

    [Fact]
    public void Map_keys_are_sorted_ordinally_whatever_the_insertion_order()
    {
        var meta = new TestMeta { Labels = new Dictionary<string, string> { ["b"] = "1", ["app.kubernetes.io/name"] = "2", ["B"] = "3", ["a"] = "4" } };

        var tree = ModelWriter.WriteObject(meta, TestMeta.Schema);

        Assert.Equal(["B", "a", "app.kubernetes.io/name", "b"], Keys((YamlMapping)Value(tree, "labels")));
    }

    [Fact]
    public void Unset_apiVersion_and_kind_are_filled_from_the_schema()
    {
        var app = new TestApp { ApiVersion = null, Kind = null };

        var tree = ModelWriter.WriteObject(app, TestApp.Schema);

        Assert.Equal("test.k8styped.io/v1", Scalar(tree, "apiVersion").Value);
        Assert.Equal("TestApp", Scalar(tree, "kind").Value);
    }

    [Fact]
    public void A_kind_that_contradicts_the_type_is_an_error()
    {
        var app = new TestApp { Kind = "Deployment" };

        var error = Assert.Throws<KubernetesSerializationException>(() => ModelWriter.WriteObject(app, TestApp.Schema));

        Assert.Equal("kind", error.Path);
        Assert.Contains("\"TestApp\"", error.Reason);
        Assert.Contains("\"Deployment\"", error.Reason);
    }

    [Theory]
    [MemberData(nameof(ScalarCases))]
    public void Each_value_kind_is_written_as_its_wire_scalar(string property, object value, string text, YamlScalarKind kind)
    {
        var spec = new TestAppSpec();
        TestAppSpec.Schema.FindProperty(property)!.Set(spec, value);

        var scalar = Scalar(ModelWriter.WriteObject(spec, TestAppSpec.Schema), property);

        Assert.Equal(text, scalar.Value);
        Assert.Equal(kind, scalar.Kind);
    }

    public static TheoryData<string, object, string, YamlScalarKind> ScalarCases() => new()
    {
        { "replicas", -3, "-3", YamlScalarKind.Integer },
        { "paused", true, "true", YamlScalarKind.Boolean },
        { "paused", false, "false", YamlScalarKind.Boolean },
        { "revisionLimit", 9_000_000_000L, "9000000000", YamlScalarKind.Integer },
        { "ratio", 0.1, "0.1", YamlScalarKind.Float },
        { "ratio", 1e300, "1E+300", YamlScalarKind.Float },
        { "memory", Quantity.Parse("1.5Gi"), "1.5Gi", YamlScalarKind.String },
        { "port", new IntOrString(8080), "8080", YamlScalarKind.Integer },
        { "port", new IntOrString("http"), "http", YamlScalarKind.String },
        { "payload", new byte[] { 0x63, 0x68, 0xFF }, "Y2j/", YamlScalarKind.String },
        { "renewTime", new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc).AddTicks(1234567), "2024-05-01T12:00:00.123456Z", YamlScalarKind.String },
    };

    [Fact]
    public void Time_is_written_in_utc_with_whole_seconds()
    {
        var meta = new TestMeta { CreationTimestamp = new DateTimeOffset(2024, 5, 1, 14, 30, 15, 999, TimeSpan.FromHours(2)) };

        Assert.Equal("2024-05-01T12:30:15Z", Scalar(ModelWriter.WriteObject(meta, TestMeta.Schema), "creationTimestamp").Value);
    }

    [Fact]
    public void Free_form_values_are_written_as_the_given_node()
    {
        var raw = new YamlMapping();
        raw.Add("anything", new YamlScalar("1", YamlScalarKind.Integer));

        var tree = ModelWriter.WriteObject(new TestAppSpec { Raw = raw }, TestAppSpec.Schema);

        Assert.Same(raw, Value(tree, "raw"));
    }

    [Fact]
    public void A_null_list_item_is_an_error_naming_its_path()
    {
        var app = new TestApp { Spec = new TestAppSpec { Containers = [new TestContainer { Name = "a" }, null!] } };

        var error = Assert.Throws<KubernetesSerializationException>(() => ModelWriter.WriteObject(app, TestApp.Schema));

        Assert.Equal("spec.containers[1]", error.Path);
        Assert.StartsWith("spec.containers[1]: ", error.Message);
    }

    [Fact]
    public void A_null_map_value_is_an_error_naming_its_key()
    {
        var meta = new TestMeta { Labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = null! } };

        var error = Assert.Throws<KubernetesSerializationException>(() => ModelWriter.WriteObject(meta, TestMeta.Schema));

        Assert.Equal("labels[app.kubernetes.io/name]", error.Path);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_non_finite_double_is_an_error(double ratio)
    {
        var error = Assert.Throws<KubernetesSerializationException>(() => ModelWriter.WriteObject(new TestAppSpec { Ratio = ratio }, TestAppSpec.Schema));

        Assert.Equal("ratio", error.Path);
        Assert.Contains("not a finite number", error.Reason);
    }

    [Fact]
    public void A_value_of_the_wrong_clr_type_is_an_error_naming_its_path()
    {
        // A getter that disagrees with its schema: only possible with a broken hand-written schema, so it must not crash.
        var broken = new TypeSchema(
            "test.Broken", typeof(TestPort), () => new TestPort(), null, null,
            [new PropertySchema("containerPort", "ContainerPort", ValueSchema.Int32, false, [], _ => "80", (_, _) => { })]);

        var error = Assert.Throws<KubernetesSerializationException>(() => ModelWriter.WriteObject(new TestPort(), broken));

        Assert.Equal("containerPort", error.Path);
        Assert.Equal("expected an int but found a String", error.Reason);
    }

    private static string[] Keys(YamlMapping mapping) => mapping.Entries.Select(entry => entry.Key.Value).ToArray();

    private static YamlNode Value(YamlMapping mapping, string key) =>
        mapping.TryGetValue(key, out var value) ? value : throw new Xunit.Sdk.XunitException($"no key '{key}' in [{string.Join(", ", Keys(mapping))}]");

    private static YamlScalar Scalar(YamlMapping mapping, string key) => Assert.IsType<YamlScalar>(Value(mapping, key));
}
