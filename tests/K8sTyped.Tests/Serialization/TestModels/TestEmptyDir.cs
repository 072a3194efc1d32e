using K8sTyped.Serialization;
using static K8sTyped.Tests.Serialization.TestModels.SchemaBuilder;

namespace K8sTyped.Tests.Serialization.TestModels;

/// <summary>An emptyDir volume source.</summary>
public sealed class TestEmptyDir
{
    public string? Medium { get; set; }

    internal static TypeSchema Schema { get; } = new(
        "test.TestEmptyDir", typeof(TestEmptyDir), () => new TestEmptyDir(), null, null,
        [Property<TestEmptyDir>("medium", ValueSchema.String, o => o.Medium, (o, v) => o.Medium = (string?)v)]);
}
