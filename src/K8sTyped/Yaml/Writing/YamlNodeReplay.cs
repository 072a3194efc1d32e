namespace K8sTyped.Yaml.Writing;

/// <summary>Feeds a <see cref="YamlNode"/> tree to a sink, refusing cycles and nesting beyond <see cref="CollectionNesting.MaxDepth"/>.</summary>
internal static class YamlNodeReplay
{
    /// <exception cref="ArgumentException">The tree holds a cycle, nests too deep, or has a node of an unknown type.</exception>
    public static void Replay(YamlNode node, IYamlSink sink) => Replay(node, sink, new CollectionNesting());

    private static void Replay(YamlNode node, IYamlSink sink, CollectionNesting nesting)
    {
        switch (node)
        {
            case YamlMapping mapping:
                nesting.Enter(mapping);
                sink.BeginMapping();
                foreach (var entry in mapping.Entries)
                {
                    sink.Key(entry.Key);
                    Replay(entry.Value, sink, nesting);
                }

                sink.EndMapping();
                nesting.Exit(mapping);
                break;
            case YamlSequence sequence:
                nesting.Enter(sequence);
                sink.BeginSequence();
                foreach (var item in sequence.Items)
                    Replay(item, sink, nesting);
                sink.EndSequence();
                nesting.Exit(sequence);
                break;
            case YamlScalar { Kind: YamlScalarKind.String } scalar:
                sink.String(scalar.Value);
                break;
            case YamlScalar scalar:
                sink.Bare(scalar.Value, scalar.Kind);
                break;
            default:
                throw new ArgumentException($"Unknown node type {node.GetType().Name}.", nameof(node));
        }
    }
}
