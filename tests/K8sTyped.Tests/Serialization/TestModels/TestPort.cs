using K8sTyped.Serialization;
using static K8sTyped.Tests.Serialization.TestModels.SchemaBuilder;

namespace K8sTyped.Tests.Serialization.TestModels;

/// <summary>A container port.</summary>
public sealed class TestPort
{
    public int? ContainerPort { get; set; }
    public string? Protocol { get; set; }
    public string? Name { get; set; }

    internal static TypeSchema Schema { get; } = new(
        "test.TestPort", typeof(TestPort), () => new TestPort(), null, null,
        [
            Property<TestPort>("containerPort", ValueSchema.Int32, o => o.ContainerPort, (o, v) => o.ContainerPort = (int?)v),
            Property<TestPort>("protocol", ValueSchema.String, o => o.Protocol, (o, v) => o.Protocol = (string?)v),
            Property<TestPort>("name", ValueSchema.String, o => o.Name, (o, v) => o.Name = (string?)v),
        ]);
}
