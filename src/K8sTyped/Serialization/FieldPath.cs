using System.Text;

namespace K8sTyped.Serialization;

/// <summary>
/// The path of a field inside an object, e.g. <c>spec.template.spec.containers[0].image</c> or
/// <c>metadata.labels[app.kubernetes.io/name]</c>: properties by wire name joined with '.', list items <c>[i]</c>, map
/// entries <c>[key]</c> — the convention rules and origins use too. Immutable and built one segment at a time; the text
/// is only produced when an error needs it.
/// </summary>
internal sealed class FieldPath
{
    private readonly FieldPath? _parent;
    private readonly string? _property;
    private readonly string? _key;
    private readonly int _index;

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
    public string RelativeTo(FieldPath ancestor)
    {
        var segments = new Stack<FieldPath>();
        for (var node = this; node != ancestor && node._parent is not null; node = node._parent)
            segments.Push(node);

        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment._property is not null)
                text.Append(text.Length == 0 ? "" : ".").Append(segment._property);
            else if (segment._key is not null)
                text.Append('[').Append(segment._key).Append(']');
            else
                text.Append('[').Append(segment._index).Append(']');
        }

        return text.ToString();
    }
}
