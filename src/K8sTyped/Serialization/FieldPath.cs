using System.Text;

namespace K8sTyped.Serialization;

/// <summary>
/// The path of a field inside an object, e.g. <c>spec.template.spec.containers[0].image</c>.
/// Immutable and built one segment at a time; the text is only produced when an error needs it.
/// </summary>
internal sealed class FieldPath
{
    private readonly FieldPath? _parent;
    private readonly string? _property;
    private readonly int _index;

    private FieldPath(FieldPath? parent, string? property, int index)
    {
        _parent = parent;
        _property = property;
        _index = index;
    }

    /// <summary>The path of the object itself (empty text).</summary>
    public static FieldPath Root { get; } = new(null, null, -1);

    /// <summary>The path of a property (or map key) of this object.</summary>
    public FieldPath Property(string name) => new(this, name, -1);

    /// <summary>The path of a list item.</summary>
    public FieldPath Index(int index) => new(this, null, index);

    /// <inheritdoc />
    public override string ToString()
    {
        var segments = new Stack<FieldPath>();
        for (var node = this; node._parent is not null; node = node._parent)
            segments.Push(node);

        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment._property is null)
                text.Append('[').Append(segment._index).Append(']');
            else if (IsPlainName(segment._property))
                text.Append(text.Length == 0 ? "" : ".").Append(segment._property);
            else
                // Map keys such as "app.kubernetes.io/name" would make a dotted path ambiguous.
                text.Append("[\"").Append(segment._property).Append("\"]");
        }

        return text.ToString();
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0) return false;
        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-'))
                return false;
        }

        return true;
    }
}
