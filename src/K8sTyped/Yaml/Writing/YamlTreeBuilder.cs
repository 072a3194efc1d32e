namespace K8sTyped.Yaml.Writing;

/// <summary>A sink that builds the <see cref="YamlNode"/> tree of what it receives; a whole tree given to it is kept as it is.</summary>
internal sealed class YamlTreeBuilder : IYamlSink
{
    private readonly Stack<YamlNode> _open = new();
    private YamlScalar? _key;

    /// <summary>The first value received, once it is complete.</summary>
    public YamlNode? Root { get; private set; }

    public void BeginMapping()
    {
        var mapping = new YamlMapping();
        Add(mapping);
        _open.Push(mapping);
    }

    public void Key(string key) => _key = YamlScalar.String(key);

    public void Key(YamlScalar key) => _key = key;

    public void EndMapping() => _open.Pop();

    public void BeginSequence()
    {
        var sequence = new YamlSequence();
        Add(sequence);
        _open.Push(sequence);
    }

    public void EndSequence() => _open.Pop();

    public void String(string value) => Add(YamlScalar.String(value));

    public void Bare(string text, YamlScalarKind kind) => Add(new YamlScalar(text, kind));

    public void Integer(long value) => Add(new YamlScalar(value.ToString(System.Globalization.CultureInfo.InvariantCulture), YamlScalarKind.Integer));

    public void Node(YamlNode node) => Add(node);

    private void Add(YamlNode node)
    {
        if (_open.Count == 0)
        {
            Root = node;
        }
        else if (_open.Peek() is YamlMapping mapping)
        {
            mapping.Add(_key!, node);
            _key = null;
        }
        else
        {
            ((YamlSequence)_open.Peek()).Add(node);
        }
    }
}
