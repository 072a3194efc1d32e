namespace K8sTyped.Rules;

/// <summary>Identifies one object of a manifest set.</summary>
/// <param name="Kind">The kind, e.g. <c>StatefulSet</c>.</param>
/// <param name="Namespace">The namespace; null for cluster-scoped objects or when not set.</param>
/// <param name="Name">The name (may be empty when the user did not set one).</param>
public sealed record ObjectReference(string Kind, string? Namespace, string Name)
{
    /// <inheritdoc />
    public override string ToString() => Namespace is null ? $"{Kind} {Name}" : $"{Kind} {Namespace}/{Name}";
}
