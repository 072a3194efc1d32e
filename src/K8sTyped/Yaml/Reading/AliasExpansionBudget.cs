namespace K8sTyped.Yaml.Reading;

/// <summary>
/// Counts, per document, how many nodes a consumer walking the tree meets and how many of those it meets only because an
/// alias repeats them, and refuses documents where aliases make up too large a share: go-yaml's defence against
/// "billion laughs" documents, which kubectl inherits ("document contains excessive aliasing").
/// </summary>
/// <remarks>
/// An alias yields the anchored node itself, so the tree stays as small as the text; but everything that walks the tree
/// (the model reader, the writers) meets the anchored node once per alias, so a few kilobytes of nested aliases could make
/// it build gigabytes. The rule and its constants are go-yaml's (v2 and v3 <c>decode.go</c>: <c>allowedAliasRatio</c>):
/// a document may take up to 99% of its nodes from aliases while it has at most 400,000 nodes, a share that falls
/// linearly to 10% at 4,000,000 nodes; nothing is refused before 1,000 nodes or 100 aliased nodes.
/// Because every alias is counted at its full expanded size as soon as it is read, a walk of an accepted tree meets at
/// most about a hundred times as many nodes as the text holds (plus at most 400,000).
/// </remarks>
internal sealed class AliasExpansionBudget
{
    private const long RatioRangeLow = 400_000;
    private const long RatioRangeHigh = 4_000_000;
    private const long MinimumNodes = 1_000;
    private const long MinimumAliasedNodes = 100;

    /// <summary>Nodes met so far in a walk of the document, each alias counting as itself plus its anchored node's expansion.</summary>
    public long Nodes { get; private set; }

    /// <summary>The part of <see cref="Nodes"/> met only through aliases.</summary>
    public long AliasedNodes { get; private set; }

    /// <summary>Starts a new document: anchors, and so aliases, do not reach across documents.</summary>
    public void Reset() => (Nodes, AliasedNodes) = (0, 0);

    /// <summary>Counts a node written in the text.</summary>
    public void CountNode() => Nodes++;

    /// <summary>Counts an alias whose anchored node expands to <paramref name="expandedSize"/> nodes.</summary>
    /// <returns>False when the document now takes more of its nodes from aliases than go-yaml allows.</returns>
    public bool TryCountAlias(long expandedSize)
    {
        Nodes += 1 + expandedSize;
        AliasedNodes += expandedSize;
        return AliasedNodes <= MinimumAliasedNodes
            || Nodes <= MinimumNodes
            || (double)AliasedNodes / Nodes <= AllowedAliasedShare(Nodes);
    }

    /// <summary>The largest share of a document's nodes that may come from aliases, for a document of <paramref name="nodes"/> nodes.</summary>
    public static double AllowedAliasedShare(long nodes)
    {
        if (nodes <= RatioRangeLow) return 0.99;
        if (nodes >= RatioRangeHigh) return 0.10;
        return 0.99 - 0.89 * ((double)(nodes - RatioRangeLow) / (RatioRangeHigh - RatioRangeLow));
    }
}
