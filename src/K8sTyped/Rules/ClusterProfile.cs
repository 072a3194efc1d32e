namespace K8sTyped.Rules;

/// <summary>
/// What the rules may assume about the cluster the manifests are applied to. Unknown facts (null) make rules cautious:
/// they report only what holds on every cluster.
/// </summary>
public sealed record ClusterProfile
{
    /// <summary>The profile that assumes nothing beyond the defaults of a stock cluster.</summary>
    public static ClusterProfile Default { get; } = new();

    /// <summary>The cluster DNS domain used in stable pod names.</summary>
    public string ClusterDomain { get; init; } = "cluster.local";

    /// <summary>How many nodes can run pods; null when unknown (then a multi-node cluster is assumed).</summary>
    public int? NodeCount { get; init; }

    /// <summary>
    /// Whether the cluster has a default StorageClass outside these manifests; null when unknown.
    /// A claim with no class is provisioned through it.
    /// </summary>
    public bool? HasDefaultStorageClass { get; init; }

    /// <summary>
    /// Objects that already exist in the cluster (for example <c>kubectl get pv,storageclass,svc -A -o yaml</c> read
    /// with <see cref="KubernetesYaml.Read"/>): they satisfy references, their PersistentVolumes can bind
    /// claims and their StorageClasses provision (a default one is the cluster default), but no rule reports on them.
    /// </summary>
    public IReadOnlyList<Models.IKubernetesObject> Inventory { get; init; } = [];

    /// <summary>
    /// The objects as the previous build wrote them (the manifests folder read back): what was most likely applied last.
    /// The change rules (KT40xx) compare each object with its previous version of the same kind, namespace and name and
    /// report what <c>kubectl apply</c> would refuse or do destructively. An <see cref="Inventory"/> object of the same
    /// identity is the live version and takes precedence. No other rule looks at them.
    /// </summary>
    public IReadOnlyList<Models.IKubernetesObject> PreviousManifests { get; init; } = [];
}
