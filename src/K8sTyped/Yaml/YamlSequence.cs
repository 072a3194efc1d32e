namespace K8sTyped.Yaml;

/// <summary>An ordered list of nodes.</summary>
public sealed class YamlSequence : YamlNode
{
    private readonly List<YamlNode> _items = [];

    /// <summary>Creates an empty sequence built in code.</summary>
    public YamlSequence()
        : base(SourceMark.None)
    {
    }

    /// <summary>Creates an empty sequence read from text.</summary>
    public YamlSequence(SourceMark start)
        : base(start)
    {
    }

    /// <summary>The items in order.</summary>
    public IReadOnlyList<YamlNode> Items => _items;

    /// <summary>Appends an item.</summary>
    public void Add(YamlNode item) => _items.Add(item ?? throw new ArgumentNullException(nameof(item)));
}
