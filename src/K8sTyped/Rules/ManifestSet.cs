using K8sTyped.Models;
using K8sTyped.Origins;

namespace K8sTyped.Rules;

/// <summary>
/// What the rules look at: a set of typed objects, where each of their values came from, the objects declared to exist
/// outside the set, and what may be assumed about the cluster.
/// </summary>
public sealed class ManifestSet
{
    private readonly Func<IKubernetesObject, OriginMap?> _origins;

    /// <summary>Creates a manifest set.</summary>
    /// <param name="objects">The objects, in any order.</param>
    /// <param name="origins">Where each object's values were set (the DSL, the build-time evaluator or a YAML reader); null when unknown.</param>
    /// <param name="externals">Objects that exist in the cluster outside this set.</param>
    /// <param name="cluster">What may be assumed about the cluster.</param>
    public ManifestSet(
        IEnumerable<IKubernetesObject> objects,
        Func<IKubernetesObject, OriginMap?>? origins = null,
        ExternalObjects? externals = null,
        ClusterProfile? cluster = null)
    {
        Objects = (objects ?? throw new ArgumentNullException(nameof(objects))).ToList();
        _origins = origins ?? (static _ => null);
        Externals = externals ?? ExternalObjects.None;
        Cluster = cluster ?? ClusterProfile.Default;
    }

    /// <summary>The objects.</summary>
    public IReadOnlyList<IKubernetesObject> Objects { get; }

    /// <summary>Objects declared to exist outside the set.</summary>
    public ExternalObjects Externals { get; }

    /// <summary>What may be assumed about the cluster.</summary>
    public ClusterProfile Cluster { get; }

    /// <summary>The objects of one model type.</summary>
    public IEnumerable<T> OfType<T>() where T : IKubernetesObject => Objects.OfType<T>();

    /// <summary>Where the values of <paramref name="obj"/> were set, when known.</summary>
    public OriginMap? OriginsOf(IKubernetesObject obj) => _origins(obj);

    /// <summary>The reference used in diagnostics: kind, namespace (as written, or null) and name.</summary>
    public static ObjectReference ReferenceOf(IKubernetesObject obj)
    {
        var metadata = (obj as IKubernetesObject<V1ObjectMeta>)?.Metadata;
        return new ObjectReference(obj.Kind ?? obj.GetType().Name, metadata?.Namespace, metadata?.Name ?? "");
    }

    /// <summary>
    /// The namespace an object lives in for the purpose of matching references: its metadata.namespace, "" for a
    /// namespaced object that does not set one (all such objects land in the same namespace at apply time), and null
    /// for cluster-scoped kinds.
    /// </summary>
    public static string? NamespaceOf(IKubernetesObject obj) =>
        KubernetesScopes.IsClusterScoped(obj.Kind ?? "")
            ? null
            : (obj as IKubernetesObject<V1ObjectMeta>)?.Metadata?.Namespace ?? "";

    /// <summary>The object's metadata.name, or "" when unset.</summary>
    public static string NameOf(IKubernetesObject obj) => (obj as IKubernetesObject<V1ObjectMeta>)?.Metadata?.Name ?? "";
}
