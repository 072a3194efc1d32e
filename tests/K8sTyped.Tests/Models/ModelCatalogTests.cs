using K8sTyped.Models;
using K8sTyped.Serialization;
using K8sTyped.Yaml;

namespace K8sTyped.Tests.Models;

public class ModelCatalogTests
{
    [Fact]
    public void Get_rejects_a_type_that_is_not_a_model_type()
    {
        var exception = Assert.Throws<ArgumentException>(() => ModelCatalog.Get(typeof(string)));

        Assert.Equal("modelType", exception.ParamName);
        Assert.Contains("System.String", exception.Message);
        Assert.False(ModelCatalog.TryGet(typeof(ModelCatalogTests), out _));
    }

    [Fact]
    public void FindKind_matches_api_version_and_kind_exactly()
    {
        Assert.Equal(typeof(V1StatefulSet), ModelCatalog.FindKind("apps/v1", "StatefulSet")?.ClrType);
        Assert.Equal(typeof(V2HorizontalPodAutoscaler), ModelCatalog.FindKind("autoscaling/v2", "HorizontalPodAutoscaler")?.ClrType);
        Assert.Null(ModelCatalog.FindKind("v1", "StatefulSet"));
        Assert.Null(ModelCatalog.FindKind("apps/v1", "statefulset"));
        Assert.Null(ModelCatalog.FindKind("v1", "DeleteOptions"));
    }

    [Fact]
    public void Kinds_are_the_types_with_api_version_and_kind_and_create_complete_objects()
    {
        Assert.Equal(ModelCatalog.Types.Where(type => type.Kind is not null), ModelCatalog.Kinds);
        Assert.All(ModelCatalog.Kinds, schema =>
        {
            var created = Assert.IsAssignableFrom<IKubernetesObject>(schema.Create());
            Assert.Equal((schema.ApiVersion, schema.Kind), (created.ApiVersion, created.Kind));
        });
    }

    [Fact]
    public void Types_are_unique_and_each_schema_describes_its_own_class()
    {
        Assert.Equal(ModelCatalog.Types.Count, ModelCatalog.Types.Select(type => type.ClrType).Distinct().Count());
        Assert.All(ModelCatalog.Types, schema =>
        {
            Assert.IsType(schema.ClrType, schema.Create());
            Assert.Same(schema, ModelCatalog.Get(schema.ClrType));
            Assert.Equal(schema.Properties.Select(p => p.ClrName).Order(StringComparer.Ordinal),
                schema.ClrType.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public void Every_accessor_round_trips_a_value_of_the_schemas_shape()
    {
        foreach (var schema in ModelCatalog.Types)
        {
            var instance = schema.Create();
            foreach (var property in schema.Properties)
            {
                var value = SampleOf(property.Value);
                property.Set(instance, value);
                AssertHolds(value, property.Get(instance));
                AssertHolds(value, schema.ClrType.GetProperty(property.ClrName)!.GetValue(instance));
                property.Set(instance, null);
                Assert.Null(property.Get(instance));
            }
        }
    }

    private static void AssertHolds(object expected, object? actual)
    {
        if (expected.GetType().IsValueType)
            Assert.Equal(expected, actual); // Each read boxes anew.
        else
            Assert.Same(expected, actual);
    }

    /// <summary>A boxed value of the model type the schema stands for; the setters' casts fail on any other type.</summary>
    private static object SampleOf(ValueSchema value) => value.Kind switch
    {
        ValueKind.String => "text",
        ValueKind.Boolean => true,
        ValueKind.Int32 => 32,
        ValueKind.Int64 => 64L,
        ValueKind.Double => 0.5,
        ValueKind.Quantity => default(Quantity),
        ValueKind.IntOrString => default(IntOrString),
        ValueKind.Bytes => new byte[] { 1, 2 },
        ValueKind.Time or ValueKind.MicroTime => new DateTime(2026, 1, 2, 15, 4, 5, DateTimeKind.Utc),
        ValueKind.Object => value.ObjectType.Create(),
        ValueKind.List => value.CreateList(),
        ValueKind.Map => value.CreateMap(),
        ValueKind.Any => new YamlMapping(),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, null),
    };
}
