using K8sTyped.Serialization;
using static K8sTyped.Tests.Serialization.TestModels.SchemaBuilder;

namespace K8sTyped.Tests.Serialization.TestModels;

/// <summary>A cut-down ObjectMeta.</summary>
public sealed class TestMeta
{
    public string? Name { get; set; }
    public string? Namespace { get; set; }
    public IDictionary<string, string>? Labels { get; set; }
    public DateTimeOffset? CreationTimestamp { get; set; }

    internal static TypeSchema Schema { get; } = new(
        "test.TestMeta", typeof(TestMeta), () => new TestMeta(), null, null,
        [
            Property<TestMeta>("name", ValueSchema.String, o => o.Name, (o, v) => o.Name = (string?)v),
            Property<TestMeta>("namespace", ValueSchema.String, o => o.Namespace, (o, v) => o.Namespace = (string?)v),
            Property<TestMeta>("labels", ValueSchema.MapOf<string>(ValueSchema.String), o => o.Labels, (o, v) => o.Labels = (IDictionary<string, string>?)v),
            Property<TestMeta>("creationTimestamp", ValueSchema.Time, o => o.CreationTimestamp, (o, v) => o.CreationTimestamp = (DateTimeOffset?)v),
        ]);
}
