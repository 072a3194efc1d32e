using K8sTyped.Text;
using System.Collections;
using System.Globalization;
using K8sTyped.Origins;
using K8sTyped.Yaml;

namespace K8sTyped.Serialization;

/// <summary>
/// Builds model objects from <see cref="YamlNode"/> trees by walking their <see cref="TypeSchema"/>.
/// It never throws on bad input: each problem is reported to the <see cref="ReadDiagnostics"/> with its location
/// and field path, the bad field is left unset, and reading goes on with the rest.
/// </summary>
internal sealed class ModelReader(ReadDiagnostics diagnostics, bool strict)
{
    // While a top-level object is read: where each of its values is in the text, by path.
    private List<(FieldPath Path, SourceMark Mark)>? _places;

    /// <summary>
    /// Reads a top-level object, and in <paramref name="origins"/> the position of every value it reads (by path
    /// relative to the object), so rule findings on the object point at the file, line and column.
    /// </summary>
    public object? ReadTopLevelObject(YamlNode node, TypeSchema schema, FieldPath path, out OriginMap origins)
    {
        var places = _places = [];
        try
        {
            RecordOrigin(node, path);
            return ReadObject(node, schema, path);
        }
        finally
        {
            _places = null;
            origins = OriginMap.Deferred(() => Origins(places, path));
        }
    }

    private IEnumerable<KeyValuePair<string, CallSite>> Origins(List<(FieldPath Path, SourceMark Mark)> places, FieldPath objectPath)
    {
        foreach (var (path, mark) in places)
            yield return new KeyValuePair<string, CallSite>(path.RelativeTo(objectPath), diagnostics.SiteOf(mark));
    }

    /// <summary>Reads an object of <paramref name="schema"/>'s type; null (with an error) when the node is not a mapping.</summary>
    public object? ReadObject(YamlNode node, TypeSchema schema, FieldPath path)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Error(node.Start, path, $"expected an object (a mapping) but found {NodeDescription.Describe(node)}");
            return null;
        }

        var instance = schema.Create();
        var entries = mapping.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var key = entry.Key.Value;
            var propertyPath = path.Property(key);
            var property = schema.FindProperty(key);
            if (property is null)
            {
                ReportUnknownField(entry.Key, propertyPath, schema);
                continue;
            }

            if (IsNull(entry.Value)) continue;

            var clrType = ModelClrTypes.OfProperty(schema, property);
            if (TryReadValue(entry.Value, property.Value, clrType, propertyPath, out var value))
                property.Set(instance, value);
        }

        return instance;
    }

    private void ReportUnknownField(YamlScalar key, FieldPath path, TypeSchema schema)
    {
        var message = $"unknown field \"{path}\"";
        if (Suggestions.Best(key.Value, schema.Properties.Select(p => p.JsonName)) is { } suggestion)
            message += $"; did you mean \"{suggestion}\"?";
        diagnostics.Report(key.Start, path, message, strict ? KubernetesReadSeverity.Error : KubernetesReadSeverity.Warning);
    }

    private static bool IsNull(YamlNode node) => node is YamlScalar { Kind: YamlScalarKind.Null };

    private void RecordOrigin(YamlNode node, FieldPath path) => _places?.Add((path, node.Start));

    private bool TryReadValue(YamlNode node, ValueSchema schema, Type clrType, FieldPath path, out object? value)
    {
        RecordOrigin(node, path);
        value = null;
        switch (schema.Kind)
        {
            case ValueKind.Object:
                value = ReadObject(node, schema.ObjectType, path);
                return value is not null;
            case ValueKind.List:
                return TryReadList(node, schema, path, out value);
            case ValueKind.Map:
                return TryReadMap(node, schema, path, out value);
            case ValueKind.Any:
                value = node;
                return true;
        }

        if (node is not YamlScalar scalar)
            return Mismatch(node, schema, path);

        switch (schema.Kind)
        {
            case ValueKind.String when scalar.Kind == YamlScalarKind.String:
                value = scalar.Value;
                return true;
            case ValueKind.Boolean when scalar.Kind == YamlScalarKind.Boolean && YamlScalarResolver.TryParseBoolean(scalar.Value, out var flag):
                value = flag;
                return true;
            case ValueKind.Int32 when scalar.Kind == YamlScalarKind.Integer:
                if (!TryReadInteger(scalar, int.MinValue, int.MaxValue, "int32", path, out var int32)) return false;
                value = (int)int32;
                return true;
            case ValueKind.Int64 when scalar.Kind == YamlScalarKind.Integer:
                if (!TryReadInteger(scalar, long.MinValue, long.MaxValue, "int64", path, out var int64)) return false;
                value = int64;
                return true;
            case ValueKind.Double when scalar.Kind is YamlScalarKind.Integer or YamlScalarKind.Float:
                return TryReadDouble(scalar, path, out value);
            case ValueKind.Quantity when scalar.Kind is YamlScalarKind.String or YamlScalarKind.Integer or YamlScalarKind.Float:
                return TryReadQuantity(scalar, path, out value);
            case ValueKind.IntOrString when scalar.Kind == YamlScalarKind.String:
                value = new IntOrString(scalar.Value);
                return true;
            case ValueKind.IntOrString when scalar.Kind == YamlScalarKind.Integer:
                if (!TryReadInteger(scalar, int.MinValue, int.MaxValue, "int32", path, out var port)) return false;
                value = new IntOrString((int)port);
                return true;
            case ValueKind.Bytes when scalar.Kind == YamlScalarKind.String:
                return TryReadBase64(scalar, path, out value);
            case ValueKind.Time or ValueKind.MicroTime when scalar.Kind == YamlScalarKind.String:
                if (KubernetesTimestamps.TryParse(scalar.Value, clrType, out value)) return true;
                diagnostics.Error(scalar.Start, path, $"invalid timestamp \"{scalar.Value}\": expected RFC 3339 text such as \"2024-05-01T12:00:00Z\"");
                return false;
            default:
                return Mismatch(node, schema, path);
        }
    }

    private bool TryReadList(YamlNode node, ValueSchema schema, FieldPath path, out object? value)
    {
        value = null;
        if (node is not YamlSequence sequence)
            return Mismatch(node, schema, path);

        var list = schema.CreateList();
        var itemType = ModelClrTypes.OfElement(list);
        for (var index = 0; index < sequence.Items.Count; index++)
        {
            // A bad item is dropped, not kept as a gap: the model cannot hold null items.
            if (TryReadItem(sequence.Items[index], schema.Element!, itemType, path.Index(index), out var item))
                list.Add(item);
        }

        value = list;
        return true;
    }

    private bool TryReadMap(YamlNode node, ValueSchema schema, FieldPath path, out object? value)
    {
        value = null;
        if (node is not YamlMapping mapping)
            return Mismatch(node, schema, path);

        var map = schema.CreateMap();
        var valueType = ModelClrTypes.OfElement(map);
        var entries = mapping.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (TryReadItem(entry.Value, schema.Element!, valueType, path.Key(entry.Key.Value), out var item))
                map[entry.Key.Value] = item;
        }

        value = map;
        return true;
    }

    // Unlike a property, a list item or map value cannot be "unset": null there is an error.
    private bool TryReadItem(YamlNode node, ValueSchema schema, Type clrType, FieldPath path, out object? value)
    {
        if (!IsNull(node)) return TryReadValue(node, schema, clrType, path, out value);
        value = null;
        return Mismatch(node, schema, path);
    }

    private bool TryReadInteger(YamlScalar scalar, long min, long max, string typeName, FieldPath path, out long number)
    {
        if (YamlScalarResolver.TryParseInteger(scalar.Value, out number) && number >= min && number <= max)
            return true;

        diagnostics.Error(scalar.Start, path, $"the integer {scalar.Value} does not fit in an {typeName} ({min} to {max})");
        return false;
    }

    private bool TryReadDouble(YamlScalar scalar, FieldPath path, out object? value)
    {
        value = null;
        if (!YamlScalarResolver.TryParseFloat(scalar.Value, out var number) || double.IsNaN(number) || double.IsInfinity(number))
        {
            diagnostics.Error(scalar.Start, path, $"expected a finite number but found {scalar.Value}");
            return false;
        }

        value = number;
        return true;
    }

    private bool TryReadQuantity(YamlScalar scalar, FieldPath path, out object? value)
    {
        value = null;
        var text = scalar.Value;
        // The API server sees JSON, where 0x10 has already become 16: normalise YAML integer notations the same way.
        if (scalar.Kind == YamlScalarKind.Integer && YamlScalarResolver.TryParseInteger(text, out var integer))
            text = integer.ToString(CultureInfo.InvariantCulture);

        if (!Quantity.TryParse(text, out var quantity, out var error))
        {
            diagnostics.Error(scalar.Start, path, $"invalid quantity \"{scalar.Value}\": {error}");
            return false;
        }

        value = quantity;
        return true;
    }

    private bool TryReadBase64(YamlScalar scalar, FieldPath path, out object? value)
    {
        value = null;
        try
        {
            value = Convert.FromBase64String(scalar.Value);
            return true;
        }
        catch (FormatException)
        {
            diagnostics.Error(scalar.Start, path, "illegal base64 data; Secret data must be base64-encoded (use stringData for plain text)");
            return false;
        }
    }

    private bool Mismatch(YamlNode node, ValueSchema schema, FieldPath path)
    {
        var message = $"expected {Expected(schema)} but found {NodeDescription.Describe(node)}{Hint(node, schema)}";
        diagnostics.Error(node.Start, path, message);
        return false;
    }

    private static string Expected(ValueSchema schema) => schema.Kind switch
    {
        ValueKind.String => "a string",
        ValueKind.Boolean => "a boolean (true or false)",
        ValueKind.Int32 => "an integer (int32)",
        ValueKind.Int64 => "an integer (int64)",
        ValueKind.Double => "a number",
        ValueKind.Quantity => "a quantity such as \"500m\" or \"1Gi\"",
        ValueKind.IntOrString => "an integer or a string",
        ValueKind.Bytes => "a base64-encoded string",
        ValueKind.Time or ValueKind.MicroTime => "an RFC 3339 timestamp string",
        ValueKind.Object => "an object (a mapping)",
        ValueKind.List => "a list",
        ValueKind.Map => "a mapping",
        _ => schema.Kind.ToString(),
    };

    // Most type errors are a matter of quotes: say which way to fix them.
    private static string Hint(YamlNode node, ValueSchema schema)
    {
        if (node is not YamlScalar scalar || scalar.Kind == YamlScalarKind.Null) return "";

        var wantsString = schema.Kind is ValueKind.String or ValueKind.Bytes or ValueKind.Time or ValueKind.MicroTime;
        if (wantsString && scalar.Kind != YamlScalarKind.String)
            return $"; quote it as \"{scalar.Value}\"";

        if (scalar.Kind == YamlScalarKind.String && StringWouldFit(scalar.Value, schema.Kind))
            return "; remove the quotes";

        return "";
    }

    private static bool StringWouldFit(string text, ValueKind kind) => kind switch
    {
        ValueKind.Boolean => YamlScalarResolver.TryParseBoolean(text, out _),
        ValueKind.Int32 or ValueKind.Int64 => YamlScalarResolver.TryParseInteger(text, out _),
        ValueKind.Double => YamlScalarResolver.TryParseFloat(text, out _),
        _ => false,
    };
}
