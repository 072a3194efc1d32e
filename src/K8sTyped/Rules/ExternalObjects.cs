namespace K8sTyped.Rules;

/// <summary>
/// Objects the manifests refer to that exist in the cluster but are not part of the manifests (a Secret created by an
/// operator, a StorageClass of the platform). References to declared objects are not reported as missing.
/// </summary>
public sealed class ExternalObjects
{
    private readonly HashSet<ObjectReference> _declared = [];

    /// <summary>No external objects.</summary>
    public static ExternalObjects None { get; } = new();

    /// <summary>The declared objects.</summary>
    public IReadOnlyCollection<ObjectReference> Declared => _declared;

    /// <summary>Declares an object (namespace null for cluster-scoped kinds).</summary>
    public ExternalObjects Declare(string kind, string? @namespace, string name)
    {
        _declared.Add(new ObjectReference(kind, @namespace, name));
        return this;
    }

    /// <summary>Whether the object was declared.</summary>
    public bool Contains(string kind, string? @namespace, string name) =>
        _declared.Contains(new ObjectReference(kind, @namespace, name));
}
