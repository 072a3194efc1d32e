using System.Collections;
using System.Globalization;
using K8sTyped.Yaml;
using K8sTyped.Yaml.Writing;

namespace K8sTyped.Serialization;

/// <summary>
/// Writes a model object by walking its <see cref="TypeSchema"/>, straight into a sink: the YAML or JSON emitter (no
/// tree in between) or a <see cref="YamlTreeBuilder"/>. Keys are ordered by <see cref="PropertyOrder"/>, map keys
/// ordinally, and null properties are omitted, so the output depends only on the values, never on how the object was
/// built.
/// </summary>
internal sealed class ModelWriter
{
    private readonly IYamlSink _sink;

    // The field path of the value being written, kept as segments and made into text only for an error.
    private PathSegment[] _path = new PathSegment[16];
    private int _pathLength;

    public ModelWriter(IYamlSink sink) => _sink = sink;

    /// <summary>The tree of <paramref name="value"/>, an instance of <paramref name="schema"/>'s type.</summary>
    /// <exception cref="KubernetesSerializationException">A value cannot be written; the exception names its field path.</exception>
    public static YamlMapping WriteObject(object value, TypeSchema schema)
    {
        var tree = new YamlTreeBuilder();
        new ModelWriter(tree).Write(value, schema);
        return (YamlMapping)tree.Root!;
    }

    /// <summary>Writes <paramref name="value"/>, an instance of <paramref name="schema"/>'s type, as a mapping.</summary>
    /// <exception cref="KubernetesSerializationException">A value cannot be written; the exception names its field path.</exception>
    public void Write(object value, TypeSchema schema)
    {
        _pathLength = 0;
        WriteMapping(value, schema);
    }

    private void WriteMapping(object value, TypeSchema schema)
    {
        if (!schema.ClrType.IsInstanceOfType(value))
            throw WrongType($"a {schema.ClrType.Name}", value);

        _sink.BeginMapping();
        var properties = PropertyOrder.Of(schema);
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var propertyValue = property.Get(value) ?? KindDefault(schema, property);
            if (propertyValue is null) continue;

            Enter(new PathSegment(property.JsonName, null, -1));
            CheckKindIdentity(schema, property, propertyValue);
            _sink.Key(property.JsonName);
            WriteValue(propertyValue, property.Value);
            _pathLength--;
        }

        _sink.EndMapping();
    }

    // A kind's apiVersion and kind are fixed by its type, so an unset one is filled in rather than omitted.
    private static string? KindDefault(TypeSchema schema, PropertySchema property) =>
        schema.Kind is null ? null
        : property.JsonName == "apiVersion" ? schema.ApiVersion
        : property.JsonName == "kind" ? schema.Kind
        : null;

    private void CheckKindIdentity(TypeSchema schema, PropertySchema property, object value)
    {
        var expected = KindDefault(schema, property);
        if (expected is not null && value is string actual && !string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new KubernetesSerializationException(
                PathText(),
                $"{schema.ClrType.Name} is written as {property.JsonName} \"{expected}\", but the object says \"{actual}\"");
        }
    }

    private void WriteValue(object value, ValueSchema schema)
    {
        switch (schema.Kind)
        {
            case ValueKind.String:
                _sink.String(value as string ?? throw WrongType("a string", value));
                break;
            case ValueKind.Boolean:
                _sink.Bare(value is bool flag ? flag ? "true" : "false" : throw WrongType("a bool", value), YamlScalarKind.Boolean);
                break;
            case ValueKind.Int32:
                _sink.Integer(value is int int32 ? int32 : throw WrongType("an int", value));
                break;
            case ValueKind.Int64:
                _sink.Integer(value switch
                {
                    long int64 => int64,
                    int narrow => narrow,
                    _ => throw WrongType("a long", value),
                });
                break;
            case ValueKind.Double:
                _sink.Bare(Float(value is double number ? number : throw WrongType("a double", value)), YamlScalarKind.Float);
                break;
            case ValueKind.Quantity:
                _sink.String(value is Quantity quantity ? quantity.ToString() : throw WrongType("a Quantity", value));
                break;
            case ValueKind.IntOrString:
                if (value is not IntOrString intOrString) throw WrongType("an IntOrString", value);
                if (intOrString.IsInt) _sink.Integer(intOrString.IntValue);
                else _sink.String(intOrString.StringValue);
                break;
            case ValueKind.Bytes:
                _sink.String(value is byte[] bytes ? Convert.ToBase64String(bytes) : throw WrongType("a byte[]", value));
                break;
            case ValueKind.Time or ValueKind.MicroTime:
                _sink.String(KubernetesTimestamps.TryFormat(value, schema.Kind == ValueKind.MicroTime, out var timestamp)
                    ? timestamp
                    : throw WrongType("a DateTimeOffset or DateTime", value));
                break;
            case ValueKind.Object:
                WriteMapping(value, schema.ObjectType);
                break;
            case ValueKind.List:
                WriteList(value, schema.Element!);
                break;
            case ValueKind.Map:
                WriteMap(value, schema.Element!);
                break;
            case ValueKind.Any:
                _sink.Node(value as YamlNode ?? throw WrongType("a YamlNode", value));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(schema), schema.Kind, "Unknown value kind.");
        }
    }

    private void WriteList(object value, ValueSchema element)
    {
        if (value is not IEnumerable items || value is string)
            throw WrongType("a list", value);

        _sink.BeginSequence();
        var index = 0;
        foreach (var item in items)
        {
            Enter(new PathSegment(null, null, index++));
            if (item is null)
                throw new KubernetesSerializationException(PathText(), "a list item is null; remove it or set a value");
            WriteValue(item, element);
            _pathLength--;
        }

        _sink.EndSequence();
    }

    private void WriteMap(object value, ValueSchema element)
    {
        if (value is not IDictionary dictionary)
            throw WrongType("a dictionary", value);

        var entries = new List<KeyValuePair<string, object?>>(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key)
                throw WrongType("a dictionary with string keys", value);
            entries.Add(new KeyValuePair<string, object?>(key, entry.Value));
        }

        entries.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        _sink.BeginMapping();
        foreach (var entry in entries)
        {
            Enter(new PathSegment(null, entry.Key, -1));
            if (entry.Value is null)
                throw new KubernetesSerializationException(PathText(), "a map value is null; remove the key or set a value");
            _sink.Key(entry.Key);
            WriteValue(entry.Value, element);
            _pathLength--;
        }

        _sink.EndMapping();
    }

    private string Float(double value)
    {
        // JSON has no NaN or infinity, and the API server accepts only JSON numbers.
        if (double.IsNaN(value) || double.IsInfinity(value))
            throw new KubernetesSerializationException(PathText(), $"{value.ToString(CultureInfo.InvariantCulture)} is not a finite number");
        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private void Enter(PathSegment segment)
    {
        if (_pathLength == _path.Length) Array.Resize(ref _path, _pathLength * 2);
        _path[_pathLength++] = segment;
    }

    private string PathText()
    {
        var path = FieldPath.Root;
        for (var i = 0; i < _pathLength; i++)
        {
            var segment = _path[i];
            path = segment.Property is not null ? path.Property(segment.Property)
                : segment.Key is not null ? path.Key(segment.Key)
                : path.Index(segment.Index);
        }

        return path.ToString();
    }

    private KubernetesSerializationException WrongType(string expected, object value) =>
        new(PathText(), $"expected {expected} but found a {value.GetType().Name}");

    private readonly record struct PathSegment(string? Property, string? Key, int Index);
}
