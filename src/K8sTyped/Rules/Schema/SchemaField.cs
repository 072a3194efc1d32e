using System.Globalization;
using K8sTyped.Serialization;

namespace K8sTyped.Rules.Schema;

/// <summary>One property of one object, or one item of a list or map property, reached while walking a manifest with its schema.</summary>
/// <remarks>
/// Rules report on few of the fields they look at: the path text is only built when asked for, from the field that holds
/// this one.
/// </remarks>
internal sealed class SchemaField
{
    private const int PropertyIndex = -1;
    private const int EntryIndex = -2;

    // The field whose value holds this one (null for a property of the top-level object), and what this one is in it:
    // a property (by wire name), a list item (by index) or a map entry (by key).
    private readonly SchemaField? _holder;
    private readonly string? _nameOrKey;
    private readonly int _index;
    private string? _path;

    private SchemaField(SchemaField? holder, string? nameOrKey, int index, PropertySchema property, object? value, object owner)
    {
        _holder = holder;
        _nameOrKey = nameOrKey;
        _index = index;
        Property = property;
        Value = value;
        Owner = owner;
    }

    /// <summary>The wire path, e.g. <c>spec.template.spec.containers[0].name</c>.</summary>
    public string Path => _path ??= BuildPath();

    /// <summary>The property's schema (required flag, enum values, wire name); for an item, the property holding it.</summary>
    public PropertySchema Property { get; }

    /// <summary>The value in the model; null when the property is unset (items are never null).</summary>
    public object? Value { get; }

    /// <summary>The object that has <see cref="Property"/> (for an item, the object holding the list or map).</summary>
    public object Owner { get; }

    /// <summary>A property of <paramref name="owner"/>, the value of <paramref name="holder"/> (null for the top-level object).</summary>
    public static SchemaField OfProperty(SchemaField? holder, PropertySchema property, object? value, object owner) =>
        new(holder, property.JsonName, PropertyIndex, property, value, owner);

    /// <summary>Item <paramref name="index"/> of the list <paramref name="list"/> holds.</summary>
    public static SchemaField OfListItem(SchemaField list, int index, object item) =>
        new(list, null, index, list.Property, item, list.Owner);

    /// <summary>The entry <paramref name="key"/> of the map <paramref name="map"/> holds.</summary>
    public static SchemaField OfMapEntry(SchemaField map, string key, object item) =>
        new(map, key, EntryIndex, map.Property, item, map.Owner);

    private string BuildPath()
    {
        var prefix = _holder?.Path ?? "";
        return _index switch
        {
            PropertyIndex => prefix.Length == 0 ? _nameOrKey! : prefix + "." + _nameOrKey,
            EntryIndex => prefix + "[" + _nameOrKey + "]",
            _ => prefix + "[" + _index.ToString(CultureInfo.InvariantCulture) + "]",
        };
    }
}
