using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Serialization;

namespace K8sTyped.Rules.Schema;

/// <summary>
/// Walks a typed object with its <see cref="TypeSchema"/>, so rules can look at every field of all 400 model types
/// without knowing them. Only set values are followed: an unset object has no fields to report.
/// </summary>
internal static class SchemaWalker
{
    // Which properties of a type a walk reads, for each ofProperty (a pure function of the property: rules pass static
    // lambdas), worked out once per type: most properties of a pod spec or a container matter to no rule that walks.
    private static readonly ConditionalWeakTable<Func<PropertySchema, bool>, PropertySteps> s_stepsByRule = new();

    /// <summary>
    /// Every property of every object reachable from <paramref name="root"/>, depth first, in schema order; each
    /// list item and map entry follows as a field of its own (path <c>[i]</c> or <c>[key]</c>, the holding property).
    /// The top-level <c>status</c> is skipped: the API server ignores it when an object is created or updated.
    /// </summary>
    public static IReadOnlyList<SchemaField> Fields(IKubernetesObject root) => Fields(root, static _ => true, static (_, _) => true);

    /// <summary>
    /// The fields of <see cref="Fields(IKubernetesObject)"/> that a rule looks at: those of a property
    /// <paramref name="ofProperty"/> accepts (for an item, the property holding it) that <paramref name="select"/> picks
    /// by their value (null when unset). Values of other properties are only read to walk into objects, lists and maps,
    /// and no field is made for them.
    /// </summary>
    public static IReadOnlyList<SchemaField> Fields(
        IKubernetesObject root, Func<PropertySchema, bool> ofProperty, Func<PropertySchema, object?, bool> select)
    {
        if (root is null) throw new ArgumentNullException(nameof(root));
        if (!ModelCatalog.TryGet(root.GetType(), out var schema))
            return [];
        var fields = new List<SchemaField>();
        new Walk(fields, s_stepsByRule.GetValue(ofProperty, static of => new PropertySteps(of)), select).ObjectFields(root, schema, holder: null);
        return fields;
    }

    /// <summary>Whether <paramref name="property"/> holds model objects: an object, or a list or map of them.</summary>
    public static bool HoldsObjects(PropertySchema property) =>
        property.Value.Kind == ValueKind.Object || property.Value.Element?.Kind == ValueKind.Object;

    private sealed class PropertySteps(Func<PropertySchema, bool> ofProperty)
    {
        private readonly ConcurrentDictionary<TypeSchema, Step[]> _byType = new();

        public Step[] Of(TypeSchema schema)
        {
            if (_byType.TryGetValue(schema, out var steps)) return steps;
            steps = schema.Properties
                .Select(property => (Property: property, Looked: ofProperty(property)))
                .Select(p => new Step(p.Property, p.Looked, WalksInto(p.Property.Value, p.Looked)))
                .Where(step => step.Looked || step.WalksInto)
                .ToArray();
            return _byType.GetOrAdd(schema, steps);
        }
    }

    /// <summary>A property a walk reads: whether the rule looks at it, and whether its value is walked into.</summary>
    private readonly record struct Step(PropertySchema Property, bool Looked, bool WalksInto);

    private readonly struct Walk(List<SchemaField> fields, PropertySteps steps, Func<PropertySchema, object?, bool> select)
    {
        public void ObjectFields(object instance, TypeSchema schema, SchemaField? holder)
        {
            foreach (var (property, looked, walksInto) in steps.Of(schema))
            {
                if (holder is null && property.JsonName == "status") continue;
                var value = property.Get(instance);
                var selected = looked && select(property, value);
                if (!selected && (value is null || !walksInto)) continue;
                var field = SchemaField.OfProperty(holder, property, value, instance);
                if (selected) fields.Add(field);
                if (value is not null && walksInto) NestedFields(field, property.Value, looked);
            }
        }

        /// <summary>What the value of <paramref name="field"/> holds: the properties of an object, the items of a list or map.</summary>
        /// <param name="field">A field with a value.</param>
        /// <param name="schema">The value's schema.</param>
        /// <param name="looked">Whether the rule looks at fields of the property (and so at its items).</param>
        private void NestedFields(SchemaField field, ValueSchema schema, bool looked)
        {
            switch (schema.Kind)
            {
                case ValueKind.Object:
                    ObjectFields(field.Value!, schema.ObjectType, field);
                    break;
                case ValueKind.List when field.Value is IList list:
                    for (var index = 0; index < list.Count; index++)
                    {
                        if (list[index] is { } item) Item(field, index, null, item, schema.Element!, looked);
                    }

                    break;
                case ValueKind.List when field.Value is IEnumerable items:
                    var position = 0;
                    foreach (var item in items)
                    {
                        if (item is not null) Item(field, position, null, item, schema.Element!, looked);
                        position++;
                    }

                    break;
                case ValueKind.Map when field.Value is IDictionary map:
                    var entries = map.GetEnumerator();
                    while (entries.MoveNext())
                    {
                        if (entries.Value is { } item) Item(field, -1, (string)entries.Key, item, schema.Element!, looked);
                    }

                    break;
                case ValueKind.Map:
                    foreach (var (key, item) in Entries(field.Value!))
                    {
                        if (item is not null) Item(field, -1, key, item, schema.Element!, looked);
                    }

                    break;
            }
        }

        /// <summary>A list item (at <paramref name="index"/>) or map entry (at <paramref name="key"/>), as a field of the property that holds it, then what it holds.</summary>
        private void Item(SchemaField holder, int index, string? key, object item, ValueSchema schema, bool looked)
        {
            var selected = looked && select(holder.Property, item);
            var walksInto = WalksInto(schema, looked);
            if (!selected && !walksInto) return;
            var field = key is null ? SchemaField.OfListItem(holder, index, item) : SchemaField.OfMapEntry(holder, key, item);
            if (selected) fields.Add(field);
            if (walksInto) NestedFields(field, schema, looked);
        }
    }

    /// <summary>
    /// Whether a value of <paramref name="schema"/> is walked into: an object, a list or map that may hold objects, or
    /// (when the rule looks at the property, and so at its items) any list or map. A map of quantities or a list of
    /// strings of a property the rule does not look at is left alone.
    /// </summary>
    private static bool WalksInto(ValueSchema schema, bool looked) =>
        looked ? schema.Kind is ValueKind.Object or ValueKind.List or ValueKind.Map : MayHoldObjects(schema);

    private static bool MayHoldObjects(ValueSchema schema) =>
        schema.Kind == ValueKind.Object || schema.Kind is ValueKind.List or ValueKind.Map && MayHoldObjects(schema.Element!);

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
