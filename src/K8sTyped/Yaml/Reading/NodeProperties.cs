namespace K8sTyped.Yaml.Reading;

/// <summary>The anchor (<c>&amp;name</c>) and tag (<c>!!type</c>) written before a node, with where each was written.</summary>
/// <param name="Anchor">The anchor's name, or null.</param>
/// <param name="AnchorOffset">Where the anchor's <c>&amp;</c> is.</param>
/// <param name="NodesBeforeAnchor">
/// <see cref="AliasExpansionBudget.Nodes"/> when the anchor was read: what the count has grown by when the node is complete
/// is the node's expanded size, which each alias of it adds.
/// </param>
/// <param name="Tag">The tag in short form, or null.</param>
/// <param name="TagOffset">Where the tag's <c>!</c> is.</param>
internal readonly record struct NodeProperties(string? Anchor, int AnchorOffset, long NodesBeforeAnchor, string? Tag, int TagOffset)
{
    public bool IsEmpty => Anchor is null && Tag is null;

    /// <summary>Where the first property starts.</summary>
    public int Offset => Anchor is null ? TagOffset : Tag is null ? AnchorOffset : Math.Min(AnchorOffset, TagOffset);
}
