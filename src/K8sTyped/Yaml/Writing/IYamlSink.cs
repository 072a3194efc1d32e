namespace K8sTyped.Yaml.Writing;

/// <summary>
/// Receives a value's structure in document order — collections opened and closed, keys, scalars — so a model object
/// can be written straight to text without building a <see cref="YamlNode"/> tree, and a tree and an object are printed
/// by the same code. The caller keeps the order valid: a key before each mapping value, every collection closed.
/// </summary>
internal interface IYamlSink
{
    void BeginMapping();

    /// <summary>A string key of the open mapping.</summary>
    void Key(string key);

    /// <summary>A key of the open mapping that may be of any scalar kind (trees read from text).</summary>
    void Key(YamlScalar key);

    void EndMapping();

    void BeginSequence();

    void EndSequence();

    void String(string value);

    /// <summary>A non-string scalar whose text is checked and made canonical (see <see cref="BareScalarText"/>).</summary>
    void Bare(string text, YamlScalarKind kind);

    /// <summary>An integer, already canonical.</summary>
    void Integer(long value);

    /// <summary>A whole tree (a free-form value of the model).</summary>
    void Node(YamlNode node);
}
