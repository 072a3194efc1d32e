using K8sTyped.Serialization;
using K8sTyped.Tests.Serialization.TestModels;
using K8sTyped.Yaml;
using static K8sTyped.Tests.Serialization.TreeBuilder;

namespace K8sTyped.Tests.Serialization;

public class ModelReaderTests
{
    private const string File = "app.yaml";

    [Fact]
    public void Reads_nested_objects_lists_and_maps()
    {
        var tree = Map(1, 1,
            Entry("metadata", 1, 1, Map(2, 3,
                Entry("name", 2, 3, Str("web", 2, 9)),
                Entry("labels", 3, 3, Map(4, 5, Entry("app", 4, 5, Str("web", 4, 10)))))),
            Entry("spec", 5, 1, Map(6, 3,
                Entry("containers", 6, 3, Seq(7, 3,
                    Map(7, 5,
                        Entry("name", 7, 5, Str("nginx", 7, 11)),
                        Entry("ports", 8, 5, Seq(9, 5, Map(9, 7, Entry("containerPort", 9, 7, Int("80", 9, 22)))))))),
                Entry("volumes", 10, 3, Seq(11, 3, Map(11, 5, Entry("name", 11, 5, Str("tmp", 11, 11)), Entry("emptyDir", 12, 5, Map(12, 15))))))));

        var (app, errors) = Read<TestApp>(tree, TestApp.Schema);

        Assert.Empty(errors);
        Assert.Equal("web", app.Metadata!.Name);
        Assert.Equal("web", app.Metadata.Labels!["app"]);
        Assert.Equal(80, app.Spec!.Containers![0].Ports![0].ContainerPort);
        Assert.NotNull(app.Spec.Volumes![0].EmptyDir);
    }

    [Fact]
    public void Null_values_leave_the_property_unset()
    {
        var (spec, errors) = Read<TestAppSpec>(Map(1, 1, Entry("replicas", 1, 1, Null(1, 11)), Entry("containers", 2, 1, Null(2, 13))), TestAppSpec.Schema);

        Assert.Empty(errors);
        Assert.Null(spec.Replicas);
        Assert.Null(spec.Containers);
    }

    [Theory]
    [MemberData(nameof(ScalarCases))]
    public void Each_value_kind_is_read_from_its_wire_scalar(string property, YamlScalar scalar, object expected)
    {
        var (spec, errors) = Read<TestAppSpec>(Map(1, 1, Entry(property, 1, 1, scalar)), TestAppSpec.Schema);

        Assert.Empty(errors);
        Assert.Equal(expected, TestAppSpec.Schema.FindProperty(property)!.Get(spec));
    }

    public static TheoryData<string, YamlScalar, object> ScalarCases() => new()
    {
        { "replicas", Int("3", 1, 11), 3 },
        { "replicas", Int("0x1F", 1, 11), 31 },
        { "paused", Bool("true", 1, 9), true },
        { "revisionLimit", Int("9000000000", 1, 16), 9_000_000_000L },
        { "ratio", Float("0.25", 1, 8), 0.25 },
        { "ratio", Int("2", 1, 8), 2.0 },
        { "memory", Str("512Mi", 1, 9), Quantity.Parse("512Mi") },
        { "memory", Int("1000", 1, 9), Quantity.Parse("1000") },
        { "port", Int("8080", 1, 7), new IntOrString(8080) },
        { "port", Str("http", 1, 7), new IntOrString("http") },
        { "payload", Str("Y2j/", 1, 10), new byte[] { 0x63, 0x68, 0xFF } },
        { "renewTime", Str("2024-05-01T14:00:00.123456+02:00", 1, 12), new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc).AddTicks(1234560) },
    };

    [Fact]
    public void Time_is_read_into_the_models_clr_type()
    {
        var (meta, errors) = Read<TestMeta>(Map(1, 1, Entry("creationTimestamp", 1, 1, Str("2024-05-01T12:00:00Z", 1, 20))), TestMeta.Schema);

        Assert.Empty(errors);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), meta.CreationTimestamp);
    }

    [Fact]
    public void Free_form_values_keep_the_node()
    {
        var raw = Map(2, 3, Entry("x", 2, 3, Int("1", 2, 6)));

        var (spec, errors) = Read<TestAppSpec>(Map(1, 1, Entry("raw", 1, 1, raw)), TestAppSpec.Schema);

        Assert.Empty(errors);
        Assert.Same(raw, spec.Raw);
    }

    [Fact]
    public void Unknown_field_is_an_error_at_the_key_with_its_path_and_a_suggestion()
    {
        var tree = Map(1, 1, Entry("spec", 3, 1, Map(4, 3, Entry("replica", 4, 3, Int("3", 4, 12)), Entry("paused", 5, 3, Bool("true", 5, 11)))));

        var (app, errors) = Read<TestApp>(tree, TestApp.Schema);

        var error = Assert.Single(errors);
        Assert.Equal((File, 4, 3, "spec.replica", KubernetesReadSeverity.Error), (error.FileName, error.Line, error.Column, error.Path, error.Severity));
        Assert.Equal("unknown field \"spec.replica\"; did you mean \"replicas\"?", error.Message);
        Assert.Equal("app.yaml:4:3: spec.replica: unknown field \"spec.replica\"; did you mean \"replicas\"?", error.ToString());
        Assert.True(app.Spec!.Paused); // the rest of the object is still read
    }

    [Fact]
    public void Unknown_field_without_a_close_name_has_no_suggestion()
    {
        var (_, errors) = Read<TestAppSpec>(Map(1, 1, Entry("storageClassName", 1, 1, Str("fast", 1, 19))), TestAppSpec.Schema);

        Assert.Equal("unknown field \"storageClassName\"", Assert.Single(errors).Message);
    }

    [Fact]
    public void Lenient_reading_reports_unknown_fields_as_warnings_and_skips_them()
    {
        var tree = Map(1, 1, Entry("replica", 1, 1, Int("3", 1, 10)), Entry("replicas", 2, 1, Int("4", 2, 11)));

        var (spec, errors) = Read<TestAppSpec>(tree, TestAppSpec.Schema, strict: false);

        var warning = Assert.Single(errors);
        Assert.Equal(KubernetesReadSeverity.Warning, warning.Severity);
        Assert.Equal("app.yaml:1:1: warning: replica: unknown field \"replica\"; did you mean \"replicas\"?", warning.ToString());
        Assert.Equal(4, spec.Replicas);
    }

    [Fact]
    public void Lenient_reading_still_reports_type_errors_as_errors()
    {
        var (_, errors) = Read<TestAppSpec>(Map(1, 1, Entry("replicas", 1, 1, Str("three", 1, 11))), TestAppSpec.Schema, strict: false);

        Assert.Equal(KubernetesReadSeverity.Error, Assert.Single(errors).Severity);
    }

    [Theory]
    [MemberData(nameof(TypeErrorCases))]
    public void Type_errors_name_the_expected_and_found_value_at_the_value(string property, YamlNode value, string message)
    {
        var (spec, errors) = Read<TestAppSpec>(Map(1, 1, Entry(property, 2, 3, value)), TestAppSpec.Schema);

        var error = Assert.Single(errors);
        Assert.Equal((value.Start.Line, value.Start.Column, property), (error.Line, error.Column, error.Path));
        Assert.Equal(message, error.Message);
        Assert.Null(TestAppSpec.Schema.FindProperty(property)!.Get(spec));
    }

    public static TheoryData<string, YamlNode, string> TypeErrorCases() => new()
    {
        { "replicas", Str("3", 2, 13), "expected an integer (int32) but found the string \"3\"; remove the quotes" },
        { "replicas", Float("1.5", 2, 13), "expected an integer (int32) but found the number 1.5" },
        { "replicas", Int("2147483648", 2, 13), "the integer 2147483648 does not fit in an int32 (-2147483648 to 2147483647)" },
        { "revisionLimit", Bool("true", 2, 18), "expected an integer (int64) but found the boolean true" },
        { "paused", Str("true", 2, 11), "expected a boolean (true or false) but found the string \"true\"; remove the quotes" },
        { "ratio", Float(".inf", 2, 10), "expected a finite number but found .inf" },
        { "args", Map(2, 9), "expected a list but found a mapping" },
        { "limits", Seq(3, 5), "expected a mapping but found a list" },
        { "memory", Bool("true", 2, 11), "expected a quantity such as \"500m\" or \"1Gi\" but found the boolean true" },
        { "port", Float("80.5", 2, 9), "expected an integer or a string but found the number 80.5" },
        { "payload", Int("12", 2, 12), "expected a base64-encoded string but found the integer 12; quote it as \"12\"" },
        { "payload", Str("not base64!", 2, 12), "illegal base64 data; Secret data must be base64-encoded (use stringData for plain text)" },
        { "renewTime", Str("yesterday", 2, 14), "invalid timestamp \"yesterday\": expected RFC 3339 text such as \"2024-05-01T12:00:00Z\"" },
        { "containers", Str("nginx", 2, 15), "expected a list but found the string \"nginx\"" },
    };

    [Fact]
    public void A_string_field_given_a_number_suggests_quoting_it()
    {
        var tree = Map(1, 1, Entry("containers", 1, 1, Seq(2, 1, Map(2, 3, Entry("image", 2, 3, Int("8080", 2, 10))))));

        var (_, errors) = Read<TestAppSpec>(tree, TestAppSpec.Schema);

        var error = Assert.Single(errors);
        Assert.Equal("app.yaml:2:10: containers[0].image: expected a string but found the integer 8080; quote it as \"8080\"", error.ToString());
    }

    [Fact]
    public void A_bad_quantity_reports_the_quantity_parsers_reason()
    {
        Quantity.TryParse("12XB", out _, out var reason);

        var (_, errors) = Read<TestAppSpec>(Map(1, 1, Entry("memory", 1, 1, Str("12XB", 1, 9))), TestAppSpec.Schema);

        Assert.Equal($"invalid quantity \"12XB\": {reason}", Assert.Single(errors).Message);
    }

    [Fact]
    public void Errors_deep_in_lists_carry_the_full_path_and_the_rest_is_still_read()
    {
        var tree = Map(1, 1, Entry("containers", 1, 1, Seq(2, 1,
            Map(2, 3, Entry("name", 2, 3, Str("a", 2, 9)), Entry("ports", 3, 3, Seq(4, 3,
                Map(4, 5, Entry("containerPort", 4, 5, Str("http", 4, 20))),
                Map(5, 5, Entry("containerPort", 5, 5, Int("443", 5, 20)))))),
            Null(6, 3),
            Map(7, 3, Entry("name", 7, 3, Str("b", 7, 9))))));

        var (spec, errors) = Read<TestAppSpec>(tree, TestAppSpec.Schema);

        Assert.Equal(
            [
                "app.yaml:4:20: containers[0].ports[0].containerPort: expected an integer (int32) but found the string \"http\"",
                "app.yaml:6:3: containers[1]: expected an object (a mapping) but found null",
            ],
            errors.Select(e => e.ToString()));
        Assert.Equal(["a", "b"], spec.Containers!.Select(c => c.Name));
        Assert.Equal(443, spec.Containers![0].Ports![1].ContainerPort);
    }

    [Fact]
    public void Map_value_errors_name_the_key()
    {
        var tree = Map(1, 1, Entry("limits", 1, 1, Map(2, 3, Entry("memory", 2, 3, Str("1Gi", 2, 11)), Entry("nvidia.com/gpu", 3, 3, Seq(3, 19)))));

        var (spec, errors) = Read<TestAppSpec>(tree, TestAppSpec.Schema);

        Assert.Equal("limits[nvidia.com/gpu]", Assert.Single(errors).Path);
        Assert.Equal(Quantity.Parse("1Gi"), spec.Limits!["memory"]);
    }

    private static (T Value, IReadOnlyList<KubernetesReadError> Errors) Read<T>(YamlNode tree, TypeSchema schema, bool strict = true)
    {
        var diagnostics = new ReadDiagnostics(File);
        var value = new ModelReader(diagnostics, strict).ReadObject(tree, schema, FieldPath.Root);
        return (Assert.IsType<T>(value), diagnostics.Errors);
    }
}
