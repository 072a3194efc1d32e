using K8sTyped.Identities;
using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// The label sets of the pods a pod spec produces, including the labels controllers add: a Service may select
/// <c>statefulset.kubernetes.io/pod-name: web-0</c> to reach one StatefulSet pod, and that selects a pod.
/// </summary>
internal static class PodLabelSets
{
    // Set by the StatefulSet controller (pkg/controller/statefulset/stateful_set_utils.go initIdentity, updateIdentity).
    private const string StatefulSetPodName = "statefulset.kubernetes.io/pod-name";
    private const string PodIndex = "apps.kubernetes.io/pod-index";
    private const string ControllerRevisionHash = "controller-revision-hash";

    // Set by the Deployment controller on ReplicaSets and their pods, by the DaemonSet controller, and by the Job
    // registry strategy (pkg/registry/batch/job/strategy.go generateSelector); legacy and prefixed forms both.
    private static readonly string[] s_replicaSetKeys = ["pod-template-hash"];
    private static readonly string[] s_daemonSetKeys = [ControllerRevisionHash, "pod-template-generation"];
    private static readonly string[] s_jobUidKeys = ["controller-uid", "batch.kubernetes.io/controller-uid", "batch.kubernetes.io/job-completion-index"];
    private static readonly string[] s_jobNameKeys = ["job-name", "batch.kubernetes.io/job-name"];

    /// <summary>How many pods of a StatefulSet get label sets of their own; the rest share one.</summary>
    public const int PodsOneByOne = 1000;

    /// <summary>
    /// The label sets of the pods of <paramref name="site"/>: one per StatefulSet ordinal for its first
    /// <see cref="PodsOneByOne"/> pods, then one for all the rest (they differ only in their pod name and index, which
    /// it takes as any value), one otherwise. So the work grows with the pod specs, not with the replicas.
    /// </summary>
    public static IEnumerable<PodLabelSet> Of(PodSpecSite site)
    {
        switch (site.Owner)
        {
            case V1StatefulSet set:
                var setName = ManifestSet.NameOf(set);
                var start = set.Spec?.Ordinals?.Start ?? 0;
                var replicas = (int)Math.Min(Math.Max(0, set.Spec?.Replicas ?? 1), (long)int.MaxValue - start + 1);
                if (replicas == 0)
                {
                    // Scaled to zero: judge the pods it will have once scaled up, whatever their ordinals.
                    yield return new PodLabelSet(site.Labels, [ControllerRevisionHash, StatefulSetPodName, PodIndex]);
                    yield break;
                }

                for (var ordinal = start; ordinal - start < Math.Min(replicas, PodsOneByOne); ordinal++)
                {
                    var labels = site.Labels.ToDictionary(p => p.Key, p => p.Value);
                    labels[StatefulSetPodName] = StatefulSetIdentity.PodName(setName, ordinal);
                    labels[PodIndex] = ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    yield return new PodLabelSet(labels, [ControllerRevisionHash]);
                }

                if (replicas > PodsOneByOne)
                    yield return new PodLabelSet(site.Labels, [ControllerRevisionHash, StatefulSetPodName, PodIndex]);
                break;
            case V1Deployment or V1ReplicaSet:
                yield return new PodLabelSet(site.Labels, s_replicaSetKeys);
                break;
            case V1DaemonSet:
                yield return new PodLabelSet(site.Labels, s_daemonSetKeys);
                break;
            case V1Job job:
                var jobName = ManifestSet.NameOf(job);
                var jobLabels = site.Labels.ToDictionary(p => p.Key, p => p.Value);
                foreach (var key in s_jobNameKeys) jobLabels[key] = jobName;
                yield return new PodLabelSet(jobLabels, s_jobUidKeys);
                break;
            case V1CronJob:
                // Each run's Job gets a generated name, so even the job-name labels are unknown.
                yield return new PodLabelSet(site.Labels, [.. s_jobUidKeys, .. s_jobNameKeys]);
                break;
            default:
                yield return new PodLabelSet(site.Labels, []);
                break;
        }
    }
}
