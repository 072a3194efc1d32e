namespace K8sTyped.Yaml;

/// <summary>An ordered mapping from string keys to nodes; keys are unique.</summary>
public sealed class YamlMapping : YamlNode
{
    // Most mappings of a manifest have a handful of keys, found faster by looking at each than by hashing: the index
    // is only built for a mapping that grows past that.
    private const int UnindexedLimit = 8;

    private readonly List<KeyValuePair<YamlScalar, YamlNode>> _entries = [];
    private Dictionary<string, int>? _indexByKey;

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
        if (IndexOf(key.Value) >= 0) return false;
        if (_indexByKey is null && _entries.Count == UnindexedLimit)
        {
            _indexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _entries.Count; i++) _indexByKey.Add(_entries[i].Key.Value, i);
        }

        _indexByKey?.Add(key.Value, _entries.Count);
        _entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
        return true;
    }

    /// <summary>Finds the value of a key.</summary>
    public bool TryGetValue(string key, out YamlNode value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _entries[index].Value : null!;
        return index >= 0;
    }

    /// <summary>Finds the key scalar equal to <paramref name="key"/>, as it was written (with its mark).</summary>
    internal bool TryGetKey(string key, out YamlScalar scalar)
    {
        var index = IndexOf(key);
        scalar = index >= 0 ? _entries[index].Key : null!;
        return index >= 0;
    }

    private int IndexOf(string key)
    {
        if (_indexByKey is not null) return _indexByKey.TryGetValue(key, out var indexed) ? indexed : -1;
        for (var i = 0; i < _entries.Count; i++)
        {
            if (string.Equals(_entries[i].Key.Value, key, StringComparison.Ordinal)) return i;
        }

        return -1;
    }
}
