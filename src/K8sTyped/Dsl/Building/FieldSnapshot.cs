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
    private readonly Dictionary<string, string> _values;

    private FieldSnapshot(Dictionary<string, string> values) => _values = values;

    /// <summary>The fields of <paramref name="model"/> as they are now.</summary>
    public static FieldSnapshot Of(IKubernetesObject model)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in SchemaWalker.Fields(model))
        {
            if (field.Value is { } value)
                values[field.Path] = Fingerprint(value);
        }

        return new FieldSnapshot(values);
    }

    /// <summary>The paths set, changed or removed since <paramref name="earlier"/>, in no particular order.</summary>
    public IEnumerable<string> ChangedSince(FieldSnapshot earlier)
    {
        foreach (var field in _values)
        {
            if (!earlier._values.TryGetValue(field.Key, out var before) || before != field.Value)
                yield return field.Key;
        }

        foreach (var path in earlier._values.Keys)
        {
            if (!_values.ContainsKey(path))
                yield return path;
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
