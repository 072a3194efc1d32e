namespace K8sTyped.Yaml.Reading;

/// <summary>The anchor (<c>&amp;name</c>) and tag (<c>!!type</c>) written before a node, with where each was written.</summary>
internal readonly record struct NodeProperties(string? Anchor, int AnchorOffset, string? Tag, int TagOffset)
{
    public bool IsEmpty => Anchor is null && Tag is null;

    /// <summary>Where the first property starts.</summary>
    public int Offset => Anchor is null ? TagOffset : Tag is null ? AnchorOffset : Math.Min(AnchorOffset, TagOffset);
}
