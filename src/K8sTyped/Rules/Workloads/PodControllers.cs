using K8sTyped.Models;

namespace K8sTyped.Rules.Workloads;

/// <summary>Finds the StatefulSets, Deployments, ReplicaSets and DaemonSets of a manifest set as <see cref="PodController"/>s.</summary>
internal static class PodControllers
{
    /// <summary>Every pod controller, in manifest order.</summary>
    public static IEnumerable<PodController> In(ManifestSet manifests)
    {
        foreach (var obj in manifests.Objects)
        {
            PodController? controller = obj switch
            {
                V1StatefulSet s => new(s, V1StatefulSet.KubeKind, s.Spec?.Selector, s.Spec?.Template),
                V1Deployment d => new(d, V1Deployment.KubeKind, d.Spec?.Selector, d.Spec?.Template),
                V1ReplicaSet r => new(r, V1ReplicaSet.KubeKind, r.Spec?.Selector, r.Spec?.Template),
                V1DaemonSet d => new(d, V1DaemonSet.KubeKind, d.Spec?.Selector, d.Spec?.Template),
                _ => null,
            };
            if (controller is not null)
                yield return controller;
        }
    }
}
