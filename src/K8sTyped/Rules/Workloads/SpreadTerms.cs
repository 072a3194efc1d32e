using K8sTyped.Models;

namespace K8sTyped.Rules.Workloads;

/// <summary>
/// The scheduling terms of a pod spec that keep pods apart and can leave a pod Pending: required pod anti-affinity
/// terms and <c>DoNotSchedule</c> topology spread constraints, each with its path and selector.
/// </summary>
internal static class SpreadTerms
{
    /// <summary>The node label of one node (a hostname topology).</summary>
    public const string Hostname = "kubernetes.io/hostname";

    /// <summary>A hard scheduling term: what it is, where, its selector (null when unset) and its topology key.</summary>
    public sealed record Term(string Description, string Path, V1LabelSelector? Selector, string? TopologyKey, bool IsAntiAffinity);

    /// <summary>The hard terms of <paramref name="site"/>'s pod spec.</summary>
    public static IEnumerable<Term> Of(PodSpecSite site)
    {
        var required = site.Spec.Affinity?.PodAntiAffinity?.RequiredDuringSchedulingIgnoredDuringExecution ?? [];
        for (var i = 0; i < required.Count; i++)
        {
            if (required[i] is { } term)
                yield return new Term("required pod anti-affinity", $"{site.Path}.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[{i}]", term.LabelSelector, term.TopologyKey, true);
        }

        var spread = site.Spec.TopologySpreadConstraints ?? [];
        for (var i = 0; i < spread.Count; i++)
        {
            // whenUnsatisfiable is required by the API; ScheduleAnyway only scores nodes and never leaves a pod Pending.
            if (spread[i] is { WhenUnsatisfiable: "DoNotSchedule" } constraint)
                yield return new Term("DoNotSchedule topology spread constraint", $"{site.Path}.topologySpreadConstraints[{i}]", constraint.LabelSelector, constraint.TopologyKey, false);
        }
    }

    /// <summary>How many pods <paramref name="owner"/> runs (replicas defaults to 1); null for kinds whose pod count the manifests do not fix.</summary>
    public static int? Replicas(IKubernetesObject owner) => owner switch
    {
        V1StatefulSet s => s.Spec?.Replicas ?? 1,
        V1Deployment d => d.Spec?.Replicas ?? 1,
        V1ReplicaSet r => r.Spec?.Replicas ?? 1,
        V1Pod => 1,
        _ => null,
    };
}
