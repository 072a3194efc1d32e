using K8sTyped.Models;
using K8sTyped.Serialization;
using static K8sTyped.Tests.Serialization.TestModels.SchemaBuilder;

namespace K8sTyped.Tests.Serialization.TestModels;

/// <summary>A second kind, in the core group, for kind resolution and document order.</summary>
public sealed class TestConfig : IKubernetesObject<TestMeta>
{
    public string? ApiVersion { get; set; } = "v1";
    public string? Kind { get; set; } = "TestConfig";
    public TestMeta? Metadata { get; set; }
    public IDictionary<string, string>? Data { get; set; }

    internal static TypeSchema Schema { get; } = new(
        "test.TestConfig", typeof(TestConfig), () => new TestConfig(), "v1", "TestConfig",
        [
            Property<TestConfig>("apiVersion", ValueSchema.String, o => o.ApiVersion, (o, v) => o.ApiVersion = (string?)v),
            Property<TestConfig>("kind", ValueSchema.String, o => o.Kind, (o, v) => o.Kind = (string?)v),
            Property<TestConfig>("metadata", ValueSchema.ObjectOf(() => TestMeta.Schema), o => o.Metadata, (o, v) => o.Metadata = (TestMeta?)v),
            Property<TestConfig>("data", ValueSchema.MapOf<string>(ValueSchema.String), o => o.Data, (o, v) => o.Data = (IDictionary<string, string>?)v),
        ]);

    /// <summary>The kinds the document-reader tests resolve against.</summary>
    internal static IReadOnlyList<TypeSchema> AllTestKinds => [TestApp.Schema, Schema];
}
