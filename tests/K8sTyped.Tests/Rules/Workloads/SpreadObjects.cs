using K8sTyped.Models;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Workloads;

/// <summary>StatefulSets with spreading terms for the spreading rule tests.</summary>
internal static class SpreadObjects
{
    public static V1StatefulSet WithAntiAffinity(string name, int replicas, Dictionary<string, string> podLabels, Dictionary<string, string> selector, string topologyKey = "kubernetes.io/hostname")
    {
        var set = StatefulSet(name, name, replicas: replicas, labels: podLabels);
        set.Spec!.Template!.Spec!.Affinity = new V1Affinity
        {
            PodAntiAffinity = new V1PodAntiAffinity
            {
                RequiredDuringSchedulingIgnoredDuringExecution = [new V1PodAffinityTerm { LabelSelector = new V1LabelSelector { MatchLabels = selector }, TopologyKey = topologyKey }],
            },
        };
        return set;
    }

    public static V1StatefulSet WithSpread(string name, Dictionary<string, string> podLabels, Dictionary<string, string> selector, string whenUnsatisfiable)
    {
        var set = StatefulSet(name, name, replicas: 3, labels: podLabels);
        set.Spec!.Template!.Spec!.TopologySpreadConstraints =
            [new V1TopologySpreadConstraint { MaxSkew = 1, TopologyKey = "topology.kubernetes.io/zone", WhenUnsatisfiable = whenUnsatisfiable, LabelSelector = new V1LabelSelector { MatchLabels = selector } }];
        return set;
    }
}
