using K8sTyped.Models;

namespace K8sTyped.Serialization;

/// <summary>
/// The order of documents in a multi-document manifest (see docs/yaml-ordering.md): by kind rank, so that what others
/// depend on is applied first (namespaces before what lives in them, claims before the pods that mount them);
/// then by namespace, cluster-scoped first; then by name. The sort is stable: exact ties keep their input order.
/// </summary>
public static class KubernetesObjectOrder
{
    private static readonly string[] RankedKinds =
    [
        "Namespace", "CustomResourceDefinition", "PriorityClass", "ResourceQuota", "LimitRange", "ServiceAccount",
        "StorageClass", "PersistentVolume", "PersistentVolumeClaim", "ConfigMap", "Secret",
        "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding", "NetworkPolicy", "Service", "PodDisruptionBudget",
        "DaemonSet", "Pod", "ReplicaSet", "Deployment", "StatefulSet", "Job", "CronJob",
        "HorizontalPodAutoscaler", "IngressClass", "Ingress",
    ];

    /// <summary>The known kinds, first applied first. Any other kind comes after all of them, ordered by kind name.</summary>
    public static IReadOnlyList<string> KindRanking { get; } = Array.AsReadOnly(RankedKinds);

    /// <summary>The position of <paramref name="kind"/> in <see cref="KindRanking"/>, or its length for any other kind.</summary>
    public static int RankOf(string? kind)
    {
        var rank = kind is null ? -1 : Array.IndexOf(RankedKinds, kind);
        return rank < 0 ? RankedKinds.Length : rank;
    }

    /// <summary>Returns <paramref name="objects"/> in manifest order; the input is not changed.</summary>
    /// <exception cref="ArgumentException">An object's type is not part of the model.</exception>
    public static IReadOnlyList<IKubernetesObject> Sort(IEnumerable<IKubernetesObject> objects)
    {
        if (objects is null) throw new ArgumentNullException(nameof(objects));
        return SortBy(objects, ObjectSortKey.Of);
    }

    /// <summary>Sorts anything that has a sort key; the core of <see cref="Sort"/>.</summary>
    /// <remarks>
    /// Sorts positions rather than (item, key) pairs with LINQ: ordering a value-tuple of a struct key would be generic
    /// code over our own value types, which no precompiled image holds and a fresh process JITs (about 15 ms).
    /// </remarks>
    internal static IReadOnlyList<T> SortBy<T>(IEnumerable<T> items, Func<T, ObjectSortKey> keyOf)
    {
        var list = items as IReadOnlyList<T> ?? items.ToList();
        var keys = new ObjectSortKey[list.Count];
        var positions = new int[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            keys[i] = keyOf(list[i]);
            positions[i] = i;
        }

        // Ties broken by position: the sort is stable, as the documents' order promises.
        Array.Sort(positions, (a, b) => Compare(keys[a], keys[b]) is var byKey and not 0 ? byKey : a.CompareTo(b));
        var sorted = new T[list.Count];
        for (var i = 0; i < positions.Length; i++)
            sorted[i] = list[positions[i]];
        return sorted;
    }

    private static int Compare(ObjectSortKey x, ObjectSortKey y)
    {
        var byRank = RankOf(x.Kind).CompareTo(RankOf(y.Kind));
        if (byRank != 0) return byRank;

        // Equal rank: either the same known kind, or two unknown kinds that are ordered by name.
        var byKind = string.CompareOrdinal(x.Kind ?? "", y.Kind ?? "");
        if (byKind != 0) return byKind;

        var byNamespace = string.CompareOrdinal(x.Namespace ?? "", y.Namespace ?? "");
        return byNamespace != 0 ? byNamespace : string.CompareOrdinal(x.Name ?? "", y.Name ?? "");
    }
}
