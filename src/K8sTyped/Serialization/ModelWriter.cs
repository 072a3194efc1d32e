using System.Collections;
using System.Globalization;
using K8sTyped.Yaml;

namespace K8sTyped.Serialization;

/// <summary>
/// Turns a model object into a <see cref="YamlNode"/> tree by walking its <see cref="TypeSchema"/>.
/// Keys are ordered by <see cref="PropertyOrder"/>, map keys ordinally, and null properties are omitted,
/// so the output depends only on the values, never on how the object was built.
/// </summary>
internal static class ModelWriter
{
    /// <summary>Writes <paramref name="value"/>, an instance of <paramref name="schema"/>'s type.</summary>
    /// <exception cref="KubernetesSerializationException">A value cannot be written; the exception names its field path.</exception>
    public static YamlMapping WriteObject(object value, TypeSchema schema) => WriteObject(value, schema, FieldPath.Root);

    private static YamlMapping WriteObject(object value, TypeSchema schema, FieldPath path)
    {
        if (!schema.ClrType.IsInstanceOfType(value))
            throw WrongType(path, $"a {schema.ClrType.Name}", value);

        var mapping = new YamlMapping();
        foreach (var property in PropertyOrder.Of(schema))
        {
            var propertyPath = path.Property(property.JsonName);
            var propertyValue = property.Get(value) ?? KindDefault(schema, property);
            if (propertyValue is null) continue;

            CheckKindIdentity(schema, property, propertyValue, propertyPath);
            mapping.Add(property.JsonName, WriteValue(propertyValue, property.Value, propertyPath));
        }

        return mapping;
    }

    // A kind's apiVersion and kind are fixed by its type, so an unset one is filled in rather than omitted.
    private static string? KindDefault(TypeSchema schema, PropertySchema property) =>
        schema.Kind is null ? null
        : property.JsonName == "apiVersion" ? schema.ApiVersion
        : property.JsonName == "kind" ? schema.Kind
        : null;

    private static void CheckKindIdentity(TypeSchema schema, PropertySchema property, object value, FieldPath path)
    {
        var expected = KindDefault(schema, property);
        if (expected is not null && value is string actual && !string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new KubernetesSerializationException(
                path.ToString(),
                $"{schema.ClrType.Name} is written as {property.JsonName} \"{expected}\", but the object says \"{actual}\"");
        }
    }

    private static YamlNode WriteValue(object value, ValueSchema schema, FieldPath path) => schema.Kind switch
    {
        ValueKind.String => value is string text ? YamlScalar.String(text) : throw WrongType(path, "a string", value),
        ValueKind.Boolean => value is bool flag
            ? new YamlScalar(flag ? "true" : "false", YamlScalarKind.Boolean)
            : throw WrongType(path, "a bool", value),
        ValueKind.Int32 => value is int int32 ? Integer(int32) : throw WrongType(path, "an int", value),
        ValueKind.Int64 => value switch
        {
            long int64 => Integer(int64),
            int int32 => Integer(int32),
            _ => throw WrongType(path, "a long", value),
        },
        ValueKind.Double => value is double number ? Float(number, path) : throw WrongType(path, "a double", value),
        ValueKind.Quantity => value is Quantity quantity
            ? YamlScalar.String(quantity.ToString())
            : throw WrongType(path, "a Quantity", value),
        ValueKind.IntOrString => value is IntOrString intOrString
            ? intOrString.IsInt ? Integer(intOrString.IntValue) : YamlScalar.String(intOrString.StringValue)
            : throw WrongType(path, "an IntOrString", value),
        ValueKind.Bytes => value is byte[] bytes
            ? YamlScalar.String(Convert.ToBase64String(bytes))
            : throw WrongType(path, "a byte[]", value),
        ValueKind.Time or ValueKind.MicroTime => KubernetesTimestamps.TryFormat(value, schema.Kind == ValueKind.MicroTime, out var timestamp)
            ? YamlScalar.String(timestamp)
            : throw WrongType(path, "a DateTimeOffset or DateTime", value),
        ValueKind.Object => WriteObject(value, schema.ObjectType, path),
        ValueKind.List => WriteList(value, schema.Element!, path),
        ValueKind.Map => WriteMap(value, schema.Element!, path),
        ValueKind.Any => value as YamlNode ?? throw WrongType(path, "a YamlNode", value),
        _ => throw new ArgumentOutOfRangeException(nameof(schema), schema.Kind, "Unknown value kind."),
    };

    private static YamlSequence WriteList(object value, ValueSchema element, FieldPath path)
    {
        if (value is not IEnumerable items || value is string)
            throw WrongType(path, "a list", value);

        var sequence = new YamlSequence();
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = path.Index(index++);
            if (item is null)
                throw new KubernetesSerializationException(itemPath.ToString(), "a list item is null; remove it or set a value");
            sequence.Add(WriteValue(item, element, itemPath));
        }

        return sequence;
    }

    private static YamlMapping WriteMap(object value, ValueSchema element, FieldPath path)
    {
        if (value is not IDictionary dictionary)
            throw WrongType(path, "a dictionary", value);

        var entries = new List<KeyValuePair<string, object?>>(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key)
                throw WrongType(path, "a dictionary with string keys", value);
            entries.Add(new KeyValuePair<string, object?>(key, entry.Value));
        }

        entries.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var mapping = new YamlMapping();
        foreach (var entry in entries)
        {
            var entryPath = path.Key(entry.Key);
            if (entry.Value is null)
                throw new KubernetesSerializationException(entryPath.ToString(), "a map value is null; remove the key or set a value");
            mapping.Add(entry.Key, WriteValue(entry.Value, element, entryPath));
        }

        return mapping;
    }

    private static YamlScalar Integer(long value) =>
        new(value.ToString(CultureInfo.InvariantCulture), YamlScalarKind.Integer);

    private static YamlScalar Float(double value, FieldPath path)
    {
        // JSON has no NaN or infinity, and the API server accepts only JSON numbers.
        if (double.IsNaN(value) || double.IsInfinity(value))
            throw new KubernetesSerializationException(path.ToString(), $"{value.ToString(CultureInfo.InvariantCulture)} is not a finite number");
        return new YamlScalar(value.ToString("R", CultureInfo.InvariantCulture), YamlScalarKind.Float);
    }

    private static KubernetesSerializationException WrongType(FieldPath path, string expected, object value) =>
        new(path.ToString(), $"expected {expected} but found a {value.GetType().Name}");
}
