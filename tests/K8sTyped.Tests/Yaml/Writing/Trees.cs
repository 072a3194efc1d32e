using K8sTyped.Yaml;

namespace K8sTyped.Tests.Yaml.Writing;

/// <summary>Short constructors for node trees in test code.</summary>
internal static class Trees
{
    public static YamlScalar S(string value) => YamlScalar.String(value);

    public static YamlMapping Mapping(params (string Key, YamlNode Value)[] entries)
    {
        var mapping = new YamlMapping();
        foreach (var (key, value) in entries) mapping.Add(key, value);
        return mapping;
    }

    public static YamlSequence Sequence(params YamlNode[] items)
    {
        var sequence = new YamlSequence();
        foreach (var item in items) sequence.Add(item);
        return sequence;
    }
}
