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

    /// <summary>The label sets of the pods of <paramref name="site"/>: one per StatefulSet ordinal, one otherwise.</summary>
    public static IEnumerable<PodLabelSet> Of(PodSpecSite site)
    {
        switch (site.Owner)
        {
            case V1StatefulSet set:
                var setName = ManifestSet.NameOf(set);
                var ordinals = StatefulSetIdentity.Ordinals(set).ToList();
                if (ordinals.Count == 0)
                {
                    // Scaled to zero: judge the pods it will have once scaled up, whatever their ordinals.
                    yield return new PodLabelSet(site.Labels, [ControllerRevisionHash, StatefulSetPodName, PodIndex]);
                    yield break;
                }

                foreach (var ordinal in ordinals)
                {
                    var labels = site.Labels.ToDictionary(p => p.Key, p => p.Value);
                    labels[StatefulSetPodName] = StatefulSetIdentity.PodName(setName, ordinal);
                    labels[PodIndex] = ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    yield return new PodLabelSet(labels, [ControllerRevisionHash]);
                }

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
