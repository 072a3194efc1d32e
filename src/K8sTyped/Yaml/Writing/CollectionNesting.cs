namespace K8sTyped.Yaml.Writing;

/// <summary>
/// The collections a writer is inside, outermost first: refuses a tree that nests deeper than <see cref="MaxDepth"/>
/// or holds a cycle (a collection inside itself), which would otherwise overflow the stack or never end.
/// </summary>
/// <remarks>
/// A node may appear more than once in a tree (a read tree shares an anchored node among its aliases); only a node
/// that is inside itself is a cycle.
/// </remarks>
internal sealed class CollectionNesting
{
    /// <summary>The deepest nesting of collections the writers accept; the reader accepts 400 levels, manifests use a few dozen.</summary>
    public const int MaxDepth = 1000;

    private readonly HashSet<YamlNode> _open = new(ReferenceComparer.Instance);

    /// <summary>Starts writing the items of <paramref name="collection"/>.</summary>
    /// <exception cref="ArgumentException">The collection is already open (a cycle), or opening it exceeds <see cref="MaxDepth"/>.</exception>
    public void Enter(YamlNode collection)
    {
        if (_open.Contains(collection))
            throw new ArgumentException(
                $"The tree contains a cycle: a {Describe(collection)} at depth {_open.Count + 1} is inside itself, so it has no text form.",
                "node");
        if (_open.Count == MaxDepth)
            throw new ArgumentException(
                $"The tree nests collections deeper than {MaxDepth} levels, the most the writers accept.", "node");
        _open.Add(collection);
    }

    /// <summary>Finishes writing the items of <paramref name="collection"/>.</summary>
    public void Exit(YamlNode collection) => _open.Remove(collection);

    private static string Describe(YamlNode collection) => collection is YamlMapping ? "mapping" : "sequence";

    /// <summary>Compares nodes by identity, whatever equality a node type might define.</summary>
    private sealed class ReferenceComparer : IEqualityComparer<YamlNode>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(YamlNode? x, YamlNode? y) => ReferenceEquals(x, y);

        public int GetHashCode(YamlNode node) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(node);
    }
}
