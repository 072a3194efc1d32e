using K8sTyped.Models;

namespace K8sTyped.Identities;

/// <summary>
/// The names the StatefulSet controller derives (pkg/controller/statefulset/stateful_set_utils.go): pod names
/// <c>&lt;set&gt;-&lt;ordinal&gt;</c>, claim names <c>&lt;template&gt;-&lt;set&gt;-&lt;ordinal&gt;</c>, and the stable DNS name
/// <c>&lt;pod&gt;.&lt;serviceName&gt;.&lt;namespace&gt;.svc.&lt;cluster-domain&gt;</c>. One implementation, used by the DSL and the rules.
/// </summary>
public static class StatefulSetIdentity
{
    /// <summary>The ordinals the controller creates: <c>ordinals.start</c> (default 0) for <c>replicas</c> (default 1) pods.</summary>
    public static IEnumerable<int> Ordinals(V1StatefulSet statefulSet)
    {
        if (statefulSet is null) throw new ArgumentNullException(nameof(statefulSet));
        var start = statefulSet.Spec?.Ordinals?.Start ?? 0;
        var replicas = Math.Max(0, statefulSet.Spec?.Replicas ?? 1);
        return Enumerable.Range(start, replicas);
    }

    /// <summary>The name of the pod with <paramref name="ordinal"/>, e.g. <c>mariadb-0</c>.</summary>
    public static string PodName(string statefulSetName, int ordinal) =>
        statefulSetName + "-" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The name of the claim a template makes for one pod, e.g. <c>mariadb-data-mariadb-0</c>.</summary>
    public static string ClaimName(string templateName, string statefulSetName, int ordinal) =>
        $"{templateName}-{PodName(statefulSetName, ordinal)}";

    /// <summary>The pod's stable DNS name, e.g. <c>mariadb-0.mariadb.database.svc.cluster.local</c>.</summary>
    public static string PodDnsName(string statefulSetName, int ordinal, string serviceName, string @namespace, string clusterDomain = "cluster.local") =>
        $"{PodName(statefulSetName, ordinal)}.{serviceName}.{@namespace}.svc.{clusterDomain}";
}
