using K8sTyped.Serialization;
using K8sTyped.Yaml;
using static K8sTyped.Tests.Serialization.TestModels.SchemaBuilder;

namespace K8sTyped.Tests.Serialization.TestModels;

/// <summary>A spec with one property of every value kind.</summary>
public sealed class TestAppSpec
{
    public int? Replicas { get; set; }
    public bool? Paused { get; set; }
    public long? RevisionLimit { get; set; }
    public double? Ratio { get; set; }
    public Quantity? Memory { get; set; }
    public IntOrString? Port { get; set; }
    public byte[]? Payload { get; set; }
    public DateTime? RenewTime { get; set; }
    public IList<TestContainer>? Containers { get; set; }
    public IList<TestVolume>? Volumes { get; set; }
    public IDictionary<string, Quantity>? Limits { get; set; }
    public IList<string>? Args { get; set; }
    public YamlNode? Raw { get; set; }

    internal static TypeSchema Schema { get; } = new(
        "test.TestAppSpec", typeof(TestAppSpec), () => new TestAppSpec(), null, null,
        [
            Property<TestAppSpec>("replicas", ValueSchema.Int32, o => o.Replicas, (o, v) => o.Replicas = (int?)v),
            Property<TestAppSpec>("paused", ValueSchema.Boolean, o => o.Paused, (o, v) => o.Paused = (bool?)v),
            Property<TestAppSpec>("revisionLimit", ValueSchema.Int64, o => o.RevisionLimit, (o, v) => o.RevisionLimit = (long?)v),
            Property<TestAppSpec>("ratio", ValueSchema.Double, o => o.Ratio, (o, v) => o.Ratio = (double?)v),
            Property<TestAppSpec>("memory", ValueSchema.Quantity, o => o.Memory, (o, v) => o.Memory = (Quantity?)v),
            Property<TestAppSpec>("port", ValueSchema.IntOrString, o => o.Port, (o, v) => o.Port = (IntOrString?)v),
            Property<TestAppSpec>("payload", ValueSchema.Bytes, o => o.Payload, (o, v) => o.Payload = (byte[]?)v),
            Property<TestAppSpec>("renewTime", ValueSchema.MicroTime, o => o.RenewTime, (o, v) => o.RenewTime = (DateTime?)v),
            Property<TestAppSpec>("containers", ValueSchema.ListOf<TestContainer>(ValueSchema.ObjectOf(() => TestContainer.Schema)), o => o.Containers, (o, v) => o.Containers = (IList<TestContainer>?)v),
            Property<TestAppSpec>("volumes", ValueSchema.ListOf<TestVolume>(ValueSchema.ObjectOf(() => TestVolume.Schema)), o => o.Volumes, (o, v) => o.Volumes = (IList<TestVolume>?)v),
            Property<TestAppSpec>("limits", ValueSchema.MapOf<Quantity>(ValueSchema.Quantity), o => o.Limits, (o, v) => o.Limits = (IDictionary<string, Quantity>?)v),
            Property<TestAppSpec>("args", ValueSchema.ListOf<string>(ValueSchema.String), o => o.Args, (o, v) => o.Args = (IList<string>?)v),
            Property<TestAppSpec>("raw", ValueSchema.Any, o => o.Raw, (o, v) => o.Raw = (YamlNode?)v),
        ]);
}
