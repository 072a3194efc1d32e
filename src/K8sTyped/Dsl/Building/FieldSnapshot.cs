using System.Collections;
using System.Globalization;
using K8sTyped.Models;
using K8sTyped.Rules.Schema;
using K8sTyped.Serialization;

namespace K8sTyped;

/// <summary>
/// What every field of a model object holds at one moment, by field path (the rules' paths), so the fields a
/// <c>Configure</c> callback changed can be told from the ones it left alone: those are the fields whose origin is the
/// callback. An object, list or map counts as changed when it appears, disappears or changes its number of items, a
/// value when it changes; an object whose fields change is not itself changed, so its other fields keep their origins.
/// </summary>
internal sealed class FieldSnapshot
{
    private readonly Dictionary<string, (string Fingerprint, SchemaField Field)> _values;

    private FieldSnapshot(Dictionary<string, (string Fingerprint, SchemaField Field)> values) => _values = values;

    /// <summary>The fields of <paramref name="model"/> as they are now.</summary>
    public static FieldSnapshot Of(IKubernetesObject model)
    {
        var values = new Dictionary<string, (string, SchemaField)>(StringComparer.Ordinal);
        foreach (var field in SchemaWalker.Fields(model))
        {
            if (field.Value is { } value)
                values[field.Path] = (Fingerprint(value), field);
        }

        return new FieldSnapshot(values);
    }

    /// <summary>
    /// The fields set, changed or removed since <paramref name="earlier"/>, in no particular order: each with the
    /// object and property that hold it (now, or before it was removed), so the assignment that changed it can be found.
    /// </summary>
    public IEnumerable<SchemaField> ChangedSince(FieldSnapshot earlier)
    {
        foreach (var field in _values)
        {
            if (!earlier._values.TryGetValue(field.Key, out var before) || before.Fingerprint != field.Value.Fingerprint)
                yield return field.Value.Field;
        }

        foreach (var field in earlier._values)
        {
            if (!_values.ContainsKey(field.Key))
                yield return field.Value.Field;
        }
    }

    // Lists and maps by their size (their items are fields of their own), model objects by their presence alone.
    private static string Fingerprint(object value) => value switch
    {
        string text => "\"" + text,
        byte[] bytes => "bytes:" + Convert.ToBase64String(bytes),
        IDictionary map => "map:" + map.Count.ToString(CultureInfo.InvariantCulture),
        ICollection list => "list:" + list.Count.ToString(CultureInfo.InvariantCulture),
        _ when ModelCatalog.TryGet(value.GetType(), out _) => "object",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
