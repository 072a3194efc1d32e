using System.Collections.Concurrent;

namespace K8sTyped.Serialization;

/// <summary>
/// The CLR types the model declares where the schema alone does not say (a timestamp may be a DateTime or a DateTimeOffset).
/// </summary>
internal static class ModelClrTypes
{
    // Asked for every value read: looked up without allocating once known.
    private static readonly ConcurrentDictionary<PropertySchema, Type> PropertyTypes = new();
    private static readonly ConcurrentDictionary<Type, Type> ElementTypes = new();

    /// <summary>The declared type of <paramref name="property"/> on <paramref name="owner"/>'s model type.</summary>
    public static Type OfProperty(TypeSchema owner, PropertySchema property) =>
        PropertyTypes.TryGetValue(property, out var type)
            ? type
            : PropertyTypes.GetOrAdd(property, owner.ClrType.GetProperty(property.ClrName)?.PropertyType
                ?? throw new InvalidOperationException($"{owner.ClrType.Name} has no property {property.ClrName}."));

    /// <summary>The item type of a list or the value type of a map created by the schema.</summary>
    public static Type OfElement(object collection) => ElementTypes.GetOrAdd(collection.GetType(), static type =>
    {
        var arguments = type.GetGenericArguments();
        return arguments.Length == 0 ? typeof(object) : arguments[arguments.Length - 1];
    });
}
