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
    public static IReadOnlyList<SchemaField> Fields(IKubernetesObject root) => Fields(root, static (_, _) => true);

    /// <summary>
    /// The fields of <see cref="Fields(IKubernetesObject)"/> that <paramref name="select"/> picks by their property and
    /// value (null when unset). Everything is still walked; a rule that looks for a few kinds of values this way does
    /// not make a field of every other one.
    /// </summary>
    public static IReadOnlyList<SchemaField> Fields(IKubernetesObject root, Func<PropertySchema, object?, bool> select)
    {
        if (root is null) throw new ArgumentNullException(nameof(root));
        if (!ModelCatalog.TryGet(root.GetType(), out var schema))
            return [];
        var fields = new List<SchemaField>();
        new Walk(fields, select).ObjectFields(root, schema, holder: null);
        return fields;
    }

    private readonly struct Walk(List<SchemaField> fields, Func<PropertySchema, object?, bool> select)
    {
        public void ObjectFields(object instance, TypeSchema schema, SchemaField? holder)
        {
            var properties = schema.Properties;
            for (var i = 0; i < properties.Count; i++)
            {
                var property = properties[i];
                if (holder is null && property.JsonName == "status") continue;
                var value = property.Get(instance);
                var selected = select(property, value);
                if (!selected && !HasFields(value, property.Value)) continue;
                var field = SchemaField.OfProperty(holder, property, value, instance);
                if (selected) fields.Add(field);
                NestedFields(field, property.Value);
            }
        }

        /// <summary>What the value of <paramref name="field"/> holds: the properties of an object, the items of a list or map.</summary>
        private void NestedFields(SchemaField field, ValueSchema schema)
        {
            switch (schema.Kind)
            {
                case ValueKind.Object when field.Value is not null:
                    ObjectFields(field.Value, schema.ObjectType, field);
                    break;
                case ValueKind.List when field.Value is IList list:
                    for (var index = 0; index < list.Count; index++)
                    {
                        if (list[index] is { } item) Item(field, index, null, item, schema.Element!);
                    }

                    break;
                case ValueKind.List when field.Value is IEnumerable items:
                    var position = 0;
                    foreach (var item in items)
                    {
                        if (item is not null) Item(field, position, null, item, schema.Element!);
                        position++;
                    }

                    break;
                case ValueKind.Map when field.Value is IDictionary map:
                    var entries = map.GetEnumerator();
                    while (entries.MoveNext())
                    {
                        if (entries.Value is { } item) Item(field, -1, (string)entries.Key, item, schema.Element!);
                    }

                    break;
                case ValueKind.Map when field.Value is not null:
                    foreach (var (key, item) in Entries(field.Value))
                    {
                        if (item is not null) Item(field, -1, key, item, schema.Element!);
                    }

                    break;
            }
        }

        /// <summary>A list item (at <paramref name="index"/>) or map entry (at <paramref name="key"/>), as a field of the property that holds it, then what it holds.</summary>
        private void Item(SchemaField holder, int index, string? key, object item, ValueSchema schema)
        {
            var selected = select(holder.Property, item);
            if (!selected && !HasFields(item, schema)) return;
            var field = key is null ? SchemaField.OfListItem(holder, index, item) : SchemaField.OfMapEntry(holder, key, item);
            if (selected) fields.Add(field);
            NestedFields(field, schema);
        }

        private static bool HasFields(object? value, ValueSchema schema) =>
            value is not null && schema.Kind is ValueKind.Object or ValueKind.List or ValueKind.Map;
    }

    /// <summary>The entries of an <c>IDictionary&lt;string, T&gt;</c> that is not an <see cref="IDictionary"/>.</summary>
    private static IEnumerable<(string Key, object? Value)> Entries(object map)
    {
        foreach (var entry in (IEnumerable)map)
        {
            var type = entry!.GetType();
            yield return ((string)type.GetProperty("Key", BindingFlags.Public | BindingFlags.Instance)!.GetValue(entry)!,
                type.GetProperty("Value", BindingFlags.Public | BindingFlags.Instance)!.GetValue(entry));
        }
    }
}
