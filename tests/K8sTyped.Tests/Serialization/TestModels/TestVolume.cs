using K8sTyped.Serialization;
using static K8sTyped.Tests.Serialization.TestModels.SchemaBuilder;

namespace K8sTyped.Tests.Serialization.TestModels;

/// <summary>A volume whose emptyDir source is an object with only optional properties.</summary>
public sealed class TestVolume
{
    public string? Name { get; set; }
    public TestEmptyDir? EmptyDir { get; set; }

    internal static TypeSchema Schema { get; } = new(
        "test.TestVolume", typeof(TestVolume), () => new TestVolume(), null, null,
        [
            Property<TestVolume>("name", ValueSchema.String, o => o.Name, (o, v) => o.Name = (string?)v),
            Property<TestVolume>("emptyDir", ValueSchema.ObjectOf(() => TestEmptyDir.Schema), o => o.EmptyDir, (o, v) => o.EmptyDir = (TestEmptyDir?)v),
        ]);
}
