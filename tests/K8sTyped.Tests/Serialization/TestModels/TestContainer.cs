using K8sTyped.Serialization;
using static K8sTyped.Tests.Serialization.TestModels.SchemaBuilder;

namespace K8sTyped.Tests.Serialization.TestModels;

/// <summary>A container: "name" is not first in its schema, so ordering has to move it.</summary>
public sealed class TestContainer
{
    public string? Image { get; set; }
    public IList<TestPort>? Ports { get; set; }
    public string? Name { get; set; }

    internal static TypeSchema Schema { get; } = new(
        "test.TestContainer", typeof(TestContainer), () => new TestContainer(), null, null,
        [
            Property<TestContainer>("image", ValueSchema.String, o => o.Image, (o, v) => o.Image = (string?)v),
            Property<TestContainer>("ports", ValueSchema.ListOf<TestPort>(ValueSchema.ObjectOf(() => TestPort.Schema)), o => o.Ports, (o, v) => o.Ports = (IList<TestPort>?)v),
            Property<TestContainer>("name", ValueSchema.String, o => o.Name, (o, v) => o.Name = (string?)v),
        ]);
}
