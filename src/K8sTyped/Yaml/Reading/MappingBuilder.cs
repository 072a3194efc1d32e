namespace K8sTyped.Yaml.Reading;

/// <summary>
/// Collects a mapping's entries as they are read: rejects duplicate keys (kubectl's strict decoding does too)
/// and expands merge keys (<c>&lt;&lt;: *base</c>), which go-yaml v2 and so kubectl support.
/// </summary>
/// <remarks>
/// Keys written in the mapping win over merged ones wherever they appear; among merged mappings the first wins.
/// Merged entries take the place of their <c>&lt;&lt;</c> key.
/// </remarks>
internal sealed class MappingBuilder(SourceText source, SourceMark start)
{
    private const string MergeKey = "<<";

    private readonly Dictionary<string, YamlScalar> _explicitKeys = new(StringComparer.Ordinal);

    // Each item is either an explicit entry (Merged null) or the mappings one merge key brings in.
    private readonly List<(YamlScalar Key, YamlNode Value, IReadOnlyList<YamlMapping>? Merged)> _items = [];

    public void Add(YamlScalar key, YamlNode value)
    {
        if (key.Style == YamlScalarStyle.Plain && key.Value == MergeKey)
        {
            _items.Add((key, value, MergedMappings(value)));
            return;
        }

        if (_explicitKeys.TryGetValue(key.Value, out var first))
            throw new YamlException(source.FileName, key.Start, $"duplicate key '{key.Value}' (first at {SourceText.Describe(first.Start)})");
        _explicitKeys.Add(key.Value, key);
        _items.Add((key, value, null));
    }

    public YamlMapping Build()
    {
        var mapping = new YamlMapping(start);
        foreach (var (key, value, merged) in _items)
        {
            if (merged is null)
            {
                mapping.TryAdd(key, value);
                continue;
            }

            foreach (var mergedMapping in merged)
            {
                foreach (var entry in mergedMapping.Entries)
                {
                    if (!_explicitKeys.ContainsKey(entry.Key.Value)) mapping.TryAdd(entry.Key, entry.Value);
                }
            }
        }

        return mapping;
    }

    private IReadOnlyList<YamlMapping> MergedMappings(YamlNode value)
    {
        switch (value)
        {
            case YamlMapping mapping:
                return [mapping];
            case YamlSequence sequence:
                var mappings = new List<YamlMapping>(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    mappings.Add(item as YamlMapping ?? throw NotMergeable(item));
                }

                return mappings;
            default:
                throw NotMergeable(value);
        }
    }

    private YamlException NotMergeable(YamlNode value) =>
        new(source.FileName, value.Start, "the merge key '<<' needs a mapping or a sequence of mappings (usually aliases like *base)");
}
