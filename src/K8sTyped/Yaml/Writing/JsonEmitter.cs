using System.Text;

namespace K8sTyped.Yaml.Writing;

/// <summary>
/// Prints what it receives as indented JSON. It streams: a collection's opening bracket is written with its first
/// entry, and <c>{}</c> / <c>[]</c> when none arrived.
/// </summary>
internal sealed class JsonEmitter(StringBuilder output) : IYamlSink
{
    private const int IndentStep = 2;

    private Collection[] _open = new Collection[16];
    private int _depth;

    public void BeginMapping() => Push(isMapping: true, StartValue());

    public void Key(string key)
    {
        StartElement();
        // JSON object keys are strings whatever the key scalar's kind.
        QuotedText.AppendDoubleQuoted(output, key, escapeYamlNonPrintable: false);
        output.Append(": ");
    }

    public void Key(YamlScalar key) => Key(key.Value);

    public void EndMapping() => Pop('{', '}');

    public void BeginSequence() => Push(isMapping: false, StartValue());

    public void EndSequence() => Pop('[', ']');

    public void String(string value)
    {
        StartValue();
        QuotedText.AppendDoubleQuoted(output, value, escapeYamlNonPrintable: false);
    }

    public void Bare(string text, YamlScalarKind kind)
    {
        StartValue();
        output.Append(BareScalarText.For(text, kind));
    }

    public void Integer(long value)
    {
        StartValue();
        BareScalarText.AppendInteger(output, value);
    }

    public void Node(YamlNode node) => YamlNodeReplay.Replay(node, this);

    /// <summary>Starts a value (a sequence item on its own line) and returns the column of the line it starts on.</summary>
    private int StartValue()
    {
        if (_depth == 0) return 0;
        ref var owner = ref _open[_depth - 1];
        if (!owner.IsMapping) StartElement();
        return owner.Indentation + IndentStep;
    }

    private void StartElement()
    {
        ref var collection = ref _open[_depth - 1];
        output.Append(collection.Entries++ == 0 ? (collection.IsMapping ? '{' : '[') : ',');
        output.Append('\n').Append(' ', collection.Indentation + IndentStep);
    }

    private void Push(bool isMapping, int indentation)
    {
        if (_depth == _open.Length) Array.Resize(ref _open, _depth * 2);
        _open[_depth++] = new Collection { IsMapping = isMapping, Indentation = indentation };
    }

    private void Pop(char open, char close)
    {
        var collection = _open[--_depth];
        if (collection.Entries == 0) output.Append(open).Append(close);
        else output.Append('\n').Append(' ', collection.Indentation).Append(close);
    }

    private struct Collection
    {
        public bool IsMapping;

        /// <summary>Column of the line the collection starts on; its entries go two further.</summary>
        public int Indentation;

        public int Entries;
    }
}
