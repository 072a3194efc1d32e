using K8sTyped.Models;

namespace K8sTyped.Rules;

/// <summary>
/// Objects the manifests refer to that exist in the cluster but are not part of the manifests (a Secret created by an
/// operator, a StorageClass of the platform, what another application of the project deploys). References to declared
/// objects are not reported as missing.
/// </summary>
public sealed class ExternalObjects
{
    private readonly HashSet<ObjectReference> _declared = [];
    private readonly List<IKubernetesObject> _deployed = [];

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

    /// <summary>
    /// The objects another application deploys beside these manifests (another <c>[KubernetesManifests]</c> class of the
    /// project): declared by their identity, and their pods count for selectors (KT2004).
    /// </summary>
    public IReadOnlyList<IKubernetesObject> Deployed => _deployed;

    /// <summary>Declares an object another application deploys, keeping the object itself (see <see cref="Deployed"/>).</summary>
    public ExternalObjects Deploy(IKubernetesObject obj)
    {
        if (obj is null) throw new ArgumentNullException(nameof(obj));
        _deployed.Add(obj);
        return Declare(obj.Kind ?? "", ManifestSet.NamespaceOf(obj), ManifestSet.NameOf(obj));
    }

    /// <summary>Whether the object was declared.</summary>
    public bool Contains(string kind, string? @namespace, string name) =>
        _declared.Contains(new ObjectReference(kind, @namespace, name));
}
