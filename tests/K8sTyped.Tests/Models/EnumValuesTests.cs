using K8sTyped.ModelGen.Parsing;
using K8sTyped.Models;
using K8sTyped.Serialization;

namespace K8sTyped.Tests.Models;

public class EnumValuesTests
{
    [Theory]
    [InlineData(typeof(V1PersistentVolumeSpec), "persistentVolumeReclaimPolicy", new[] { "Retain", "Delete", "Recycle" })]
    [InlineData(typeof(V1StorageClass), "reclaimPolicy", new[] { "Retain", "Delete", "Recycle" })]
    [InlineData(typeof(V1HostPathVolumeSource), "type", new[] { "", "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice" })]
    [InlineData(typeof(V1PersistentVolumeClaimSpec), "accessModes", new[] { "ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod" })]
    [InlineData(typeof(V1PodSpec), "restartPolicy", new[] { "Always", "OnFailure", "Never" })]
    [InlineData(typeof(V1Container), "restartPolicy", new[] { "Always", "OnFailure", "Never" })]
    [InlineData(typeof(V1StatefulSetSpec), "podManagementPolicy", new[] { "OrderedReady", "Parallel" })]
    [InlineData(typeof(V1StatefulSetPersistentVolumeClaimRetentionPolicy), "whenScaled", new[] { "Retain", "Delete" })]
    [InlineData(typeof(V1LabelSelectorRequirement), "operator", new[] { "In", "NotIn", "Exists", "DoesNotExist" })]
    [InlineData(typeof(Discoveryv1EndpointPort), "protocol", new[] { "TCP", "UDP", "SCTP" })]
    public void Catalogued_values_land_in_the_schema(Type modelType, string property, string[] values)
    {
        Assert.Equal(values, ModelCatalog.Get(modelType).FindProperty(property)!.EnumValues);
    }

    [Fact]
    public void Exactly_the_catalogued_properties_have_values()
    {
        var withValues = ModelCatalog.Types
            .SelectMany(type => type.Properties.Where(p => p.EnumValues.Count > 0).Select(p => (type.Definition, p.JsonName, Values: string.Join("|", p.EnumValues))))
            .Order()
            .ToList();
        var catalogued = EnumCatalog.Entries
            .Select(entry => (entry.Definition, entry.Property, Values: string.Join("|", entry.Values)))
            .Order()
            .ToList();

        Assert.Equal(catalogued, withValues);
    }

    [Fact]
    public void Values_apply_to_plain_strings_or_to_the_items_of_string_lists()
    {
        var enumProperties = ModelCatalog.Types.SelectMany(type => type.Properties).Where(p => p.EnumValues.Count > 0).ToList();

        Assert.All(enumProperties, property =>
            Assert.Equal(ValueKind.String, property.Value.Kind == ValueKind.List ? property.Value.Element!.Kind : property.Value.Kind));
        Assert.Contains(enumProperties, property => property.Value.Kind == ValueKind.List);
    }
}
