using K8sTyped.Models;
using K8sTyped.Serialization;
using static K8sTyped.Tests.Serialization.TestModels.SchemaBuilder;

namespace K8sTyped.Tests.Serialization.TestModels;

/// <summary>A top-level kind whose schema lists its properties deliberately out of order.</summary>
public sealed class TestApp : IKubernetesObject<TestMeta>
{
    public TestAppStatus? Status { get; set; }
    public TestAppSpec? Spec { get; set; }
    public string? Kind { get; set; } = "TestApp";
    public TestMeta? Metadata { get; set; }
    public string? ApiVersion { get; set; } = "test.k8styped.io/v1";

    internal static TypeSchema Schema { get; } = new(
        "test.TestApp", typeof(TestApp), () => new TestApp(), "test.k8styped.io/v1", "TestApp",
        [
            Property<TestApp>("status", ValueSchema.ObjectOf(() => TestAppStatus.Schema), o => o.Status, (o, v) => o.Status = (TestAppStatus?)v),
            Property<TestApp>("spec", ValueSchema.ObjectOf(() => TestAppSpec.Schema), o => o.Spec, (o, v) => o.Spec = (TestAppSpec?)v),
            Property<TestApp>("kind", ValueSchema.String, o => o.Kind, (o, v) => o.Kind = (string?)v),
            Property<TestApp>("metadata", ValueSchema.ObjectOf(() => TestMeta.Schema), o => o.Metadata, (o, v) => o.Metadata = (TestMeta?)v),
            Property<TestApp>("apiVersion", ValueSchema.String, o => o.ApiVersion, (o, v) => o.ApiVersion = (string?)v),
        ]);
}
