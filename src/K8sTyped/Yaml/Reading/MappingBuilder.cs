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

    // The keys written in the mapping, in order: without merge keys, the mapping itself.
    private readonly YamlMapping _explicit = new(start);

    // Each merge key: how many written keys come before it, and the mappings it brings in. Null while there is none.
    private List<(int WrittenBefore, IReadOnlyList<YamlMapping> Mappings)>? _merges;

    public void Add(YamlScalar key, YamlNode value)
    {
        if (key.Style == YamlScalarStyle.Plain && key.Value == MergeKey)
        {
            (_merges ??= []).Add((_explicit.Entries.Count, MergedMappings(value)));
            return;
        }

        if (_explicit.TryGetKey(key.Value, out var first))
            throw new YamlException(source.FileName, key.Start, $"duplicate key '{key.Value}' (first at {SourceText.Describe(first.Start)})");
        _explicit.TryAdd(key, value);
    }

    public YamlMapping Build()
    {
        if (_merges is null) return _explicit;

        var mapping = new YamlMapping(start);
        var written = _explicit.Entries;
        var next = 0;
        foreach (var (writtenBefore, mappings) in _merges)
        {
            for (; next < writtenBefore; next++) mapping.TryAdd(written[next].Key, written[next].Value);
            foreach (var mergedMapping in mappings)
            {
                foreach (var entry in mergedMapping.Entries)
                {
                    if (!_explicit.TryGetKey(entry.Key.Value, out _)) mapping.TryAdd(entry.Key, entry.Value);
                }
            }
        }

        for (; next < written.Count; next++) mapping.TryAdd(written[next].Key, written[next].Value);
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
