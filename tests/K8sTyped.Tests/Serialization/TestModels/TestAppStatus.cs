using K8sTyped.Serialization;
using static K8sTyped.Tests.Serialization.TestModels.SchemaBuilder;

namespace K8sTyped.Tests.Serialization.TestModels;

/// <summary>A status block: present in the schema, normally left null by users.</summary>
public sealed class TestAppStatus
{
    public int? ReadyReplicas { get; set; }

    internal static TypeSchema Schema { get; } = new(
        "test.TestAppStatus", typeof(TestAppStatus), () => new TestAppStatus(), null, null,
        [Property<TestAppStatus>("readyReplicas", ValueSchema.Int32, o => o.ReadyReplicas, (o, v) => o.ReadyReplicas = (int?)v)]);
}
