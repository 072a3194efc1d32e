namespace K8sTyped.Yaml;

/// <summary>An ordered mapping from string keys to nodes; keys are unique.</summary>
public sealed class YamlMapping : YamlNode
{
    private readonly List<KeyValuePair<YamlScalar, YamlNode>> _entries = [];
    private readonly Dictionary<string, int> _indexByKey = new(StringComparer.Ordinal);

    /// <summary>Creates an empty mapping built in code.</summary>
    public YamlMapping()
        : base(SourceMark.None)
    {
    }

    /// <summary>Creates an empty mapping read from text.</summary>
    public YamlMapping(SourceMark start)
        : base(start)
    {
    }

    /// <summary>The entries in the order they were added (for a mapping read from text, the order in the text).</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries => _entries;

    /// <summary>Adds an entry built in code.</summary>
    /// <exception cref="ArgumentException">The key is already present.</exception>
    public void Add(string key, YamlNode value) => Add(YamlScalar.String(key), value);

    /// <summary>Adds an entry.</summary>
    /// <exception cref="ArgumentException">The key is already present.</exception>
    public void Add(YamlScalar key, YamlNode value)
    {
        if (key is null) throw new ArgumentNullException(nameof(key));
        if (value is null) throw new ArgumentNullException(nameof(value));
        if (!TryAdd(key, value))
            throw new ArgumentException($"The mapping already has the key '{key.Value}'.", nameof(key));
    }

    /// <summary>Adds an entry unless the key is already present.</summary>
    /// <returns>False when the key is a duplicate (nothing is added).</returns>
    public bool TryAdd(YamlScalar key, YamlNode value)
    {
        if (_indexByKey.ContainsKey(key.Value)) return false;
        _indexByKey.Add(key.Value, _entries.Count);
        _entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
        return true;
    }

    /// <summary>Finds the value of a key.</summary>
    public bool TryGetValue(string key, out YamlNode value)
    {
        if (_indexByKey.TryGetValue(key, out var index))
        {
            value = _entries[index].Value;
            return true;
        }

        value = null!;
        return false;
    }
}
