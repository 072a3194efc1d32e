using System.Collections;
using System.Reflection;
using K8sTyped.Models;
using K8sTyped.Serialization;

namespace K8sTyped.Rules.Schema;

/// <summary>
/// Walks a typed object with its <see cref="TypeSchema"/>, so rules can look at every field of all 400 model types
/// without knowing them. Only set values are followed: an unset object has no fields to report.
/// </summary>
internal static class SchemaWalker
{
    /// <summary>
    /// Every property of every object reachable from <paramref name="root"/>, depth first, in schema order; each
    /// list item and map entry follows as a field of its own (path <c>[i]</c> or <c>[key]</c>, the holding property).
    /// The top-level <c>status</c> is skipped: the API server ignores it when an object is created or updated.
    /// </summary>
    public static IEnumerable<SchemaField> Fields(IKubernetesObject root)
    {
        if (root is null) throw new ArgumentNullException(nameof(root));
        if (!ModelCatalog.TryGet(root.GetType(), out var schema))
            return [];
        return ObjectFields(root, schema, "");
    }

    private static IEnumerable<SchemaField> ObjectFields(object instance, TypeSchema schema, string prefix)
    {
        foreach (var property in schema.Properties)
        {
            if (prefix.Length == 0 && property.JsonName == "status") continue;
            var path = prefix.Length == 0 ? property.JsonName : prefix + "." + property.JsonName;
            var value = property.Get(instance);
            yield return new SchemaField(path, property, value, instance);
            if (value is null) continue;
            foreach (var nested in NestedFields(value, property, property.Value, path, instance))
                yield return nested;
        }
    }

    /// <summary>A list item or map entry, as a field of the property that holds it, then what it contains.</summary>
    private static IEnumerable<SchemaField> ValueFields(object item, PropertySchema property, ValueSchema schema, string path, object owner) =>
        new[] { new SchemaField(path, property, item, owner) }.Concat(NestedFields(item, property, schema, path, owner));

    private static IEnumerable<SchemaField> NestedFields(object value, PropertySchema property, ValueSchema schema, string path, object owner)
    {
        switch (schema.Kind)
        {
            case ValueKind.Object:
                return ObjectFields(value, schema.ObjectType, path);
            case ValueKind.List when value is IEnumerable items:
                return ListItemFields(items, property, schema.Element!, path, owner);
            case ValueKind.Map:
                return MapEntryFields(value, property, schema.Element!, path, owner);
            default:
                return [];
        }
    }

    private static IEnumerable<SchemaField> ListItemFields(IEnumerable items, PropertySchema property, ValueSchema element, string path, object owner)
    {
        var index = 0;
        foreach (var item in items)
        {
            if (item is not null)
            {
                foreach (var field in ValueFields(item, property, element, $"{path}[{index}]", owner))
                    yield return field;
            }

            index++;
        }
    }

    private static IEnumerable<SchemaField> MapEntryFields(object map, PropertySchema property, ValueSchema element, string path, object owner)
    {
        foreach (var (key, item) in Entries(map))
        {
            if (item is null) continue;
            foreach (var field in ValueFields(item, property, element, $"{path}[{key}]", owner))
                yield return field;
        }
    }

    /// <summary>The entries of an <c>IDictionary&lt;string, T&gt;</c>, whatever class implements it.</summary>
    private static IEnumerable<(string Key, object? Value)> Entries(object map)
    {
        if (map is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
                yield return ((string)entry.Key, entry.Value);
            yield break;
        }

        foreach (var entry in (IEnumerable)map)
        {
            var type = entry!.GetType();
            yield return ((string)type.GetProperty("Key", BindingFlags.Public | BindingFlags.Instance)!.GetValue(entry)!,
                type.GetProperty("Value", BindingFlags.Public | BindingFlags.Instance)!.GetValue(entry));
        }
    }
}
