using System.Collections;
using K8sTyped.Origins;
using K8sTyped.Serialization;
using K8sTyped.Yaml;

namespace K8sTyped;

/// <summary>
/// Runs a <c>Configure</c> callback and records an origin for every field it changed: the assignment that set it when
/// one was recorded (<see cref="ModelAssignments"/>), else the <c>Configure</c> call. Changes are found by writing the
/// object before and after and comparing field by field along its schema, so rules report about a configured value at
/// the code that configured it, not at the resource's factory call.
/// </summary>
internal static class ConfiguredFields
{
    public static void Run<TModel>(TModel model, Action<TModel> configure, CallSite configureSite, BuildWriter writer)
        where TModel : class
    {
        var schema = ModelCatalog.Get(typeof(TModel));
        var before = TryWrite(model, schema);
        using var assignments = ModelAssignments.Begin();
        configure(model);
        // A value the callback made unwritable is reported when the object is written; there is nothing to compare then.
        if (before is not null && TryWrite(model, schema) is { } after)
            RecordChanges(schema, model, before, after, "", assignments, configureSite, writer);
    }

    private static YamlMapping? TryWrite(object model, TypeSchema schema)
    {
        try
        {
            return ModelWriter.WriteObject(model, schema);
        }
        catch (KubernetesSerializationException)
        {
            return null;
        }
    }

    private static void RecordChanges(
        TypeSchema schema, object owner, YamlMapping before, YamlMapping after, string path,
        ModelAssignments.Log assignments, CallSite configureSite, BuildWriter writer)
    {
        foreach (var property in schema.Properties)
        {
            before.TryGetValue(property.JsonName, out var old);
            if (!after.TryGetValue(property.JsonName, out var current) || Same(old, current)) continue;

            var fieldPath = path.Length == 0 ? property.JsonName : path + "." + property.JsonName;
            var value = property.Get(owner);
            if (property.Value.Kind == ValueKind.Object && value is not null && current is YamlMapping currentObject)
            {
                RecordChanges(property.Value.ObjectType, value, old as YamlMapping ?? new YamlMapping(), currentObject, fieldPath, assignments, configureSite, writer);
            }
            else if (property.Value is { Kind: ValueKind.List, Element.Kind: ValueKind.Object } list && value is IList items && current is YamlSequence currentItems
                && items.Count == currentItems.Items.Count)
            {
                var oldItems = (old as YamlSequence)?.Items ?? [];
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is { } item && currentItems.Items[i] is YamlMapping currentItem)
                    {
                        var oldItem = i < oldItems.Count ? oldItems[i] as YamlMapping : null;
                        RecordChanges(list.Element!.ObjectType, item, oldItem ?? new YamlMapping(), currentItem, $"{fieldPath}[{i}]", assignments, configureSite, writer);
                    }
                }
            }
            else
            {
                writer.Record(fieldPath, assignments.Find(owner, property.ClrName) ?? configureSite);
            }
        }
    }

    private static bool Same(YamlNode? left, YamlNode? right) => (left, right) switch
    {
        (null, null) => true,
        (YamlScalar a, YamlScalar b) => a.Value == b.Value && a.Kind == b.Kind,
        (YamlSequence a, YamlSequence b) => a.Items.Count == b.Items.Count && a.Items.Zip(b.Items, Same).All(same => same),
        (YamlMapping a, YamlMapping b) => a.Entries.Count == b.Entries.Count
            && a.Entries.Zip(b.Entries, (x, y) => x.Key.Value == y.Key.Value && Same(x.Value, y.Value)).All(same => same),
        _ => false,
    };
}
