namespace K8sTyped.Yaml;

/// <summary>
/// A node of the neutral data tree that sits between text (YAML or JSON) and the typed model:
/// the reader produces it with source marks, the serializer consumes and produces it, the writers print it.
/// </summary>
public abstract class YamlNode
{
    private protected YamlNode(SourceMark start) => Start = start;

    /// <summary>Where the node starts in the text it was read from; <see cref="SourceMark.None"/> when built in code.</summary>
    public SourceMark Start { get; }
}
