using System.Globalization;

namespace K8sTyped.Serialization;

/// <summary>
/// The path of a field inside an object, e.g. <c>spec.template.spec.containers[0].image</c> or
/// <c>metadata.labels[app.kubernetes.io/name]</c>: properties by wire name joined with '.', list items <c>[i]</c>, map
/// entries <c>[key]</c> — the convention rules and origins use too. Immutable and built one segment at a time.
/// </summary>
internal sealed class FieldPath
{
    private readonly FieldPath? _parent;
    private readonly string? _property;
    private readonly string? _key;
    private readonly int _index;

    // The text of the last RelativeTo call, and its ancestor.
    private string? _text;
    private FieldPath? _textAncestor;

    private FieldPath(FieldPath? parent, string? property, string? key, int index)
    {
        _parent = parent;
        _property = property;
        _key = key;
        _index = index;
    }

    /// <summary>The path of the object itself (empty text).</summary>
    public static FieldPath Root { get; } = new(null, null, null, -1);

    /// <summary>The path of a property of this object.</summary>
    public FieldPath Property(string name) => new(this, name, null, -1);

    /// <summary>The path of a map entry.</summary>
    public FieldPath Key(string key) => new(this, null, key, -1);

    /// <summary>The path of a list item.</summary>
    public FieldPath Index(int index) => new(this, null, null, index);

    /// <inheritdoc />
    public override string ToString() => RelativeTo(Root);

    /// <summary>The path from <paramref name="ancestor"/> (e.g. a List item <c>items[3]</c>) down to this one.</summary>
    /// <remarks>
    /// A reader asks for the path of every value it reads, each one segment below the last: the text is kept, so each
    /// path is one concatenation onto its parent's.
    /// </remarks>
    public string RelativeTo(FieldPath ancestor)
    {
        if (this == ancestor || _parent is null) return "";
        if (_text is not null && _textAncestor == ancestor) return _text;

        var prefix = _parent.RelativeTo(ancestor);
        _text = _property is not null ? (prefix.Length == 0 ? _property : prefix + "." + _property)
            : _key is not null ? prefix + "[" + _key + "]"
            : prefix + "[" + _index.ToString(CultureInfo.InvariantCulture) + "]";
        _textAncestor = ancestor;
        return _text;
    }
}
