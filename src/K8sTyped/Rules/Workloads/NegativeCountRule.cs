using K8sTyped.Models;

namespace K8sTyped.Rules.Workloads;

/// <summary>
/// KT1201: a count or duration of a workload is negative (replicas, minReadySeconds, ordinals.start, a StatefulSet
/// partition, revisionHistoryLimit, progressDeadlineSeconds), or a Deployment's progress deadline does not exceed its
/// minReadySeconds. The API server rejects each with the field's path (apps validation, ValidateNonnegativeField).
/// </summary>
internal sealed class NegativeCountRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.NegativeCount;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var obj in context.Manifests.Objects)
        {
            switch (obj)
            {
                case V1StatefulSet { Spec: { } spec }:
                    Check(context, obj, "spec.replicas", spec.Replicas, "the number of pods");
                    Check(context, obj, "spec.minReadySeconds", spec.MinReadySeconds, "how long a new pod must be ready before it counts as available");
                    Check(context, obj, "spec.ordinals.start", spec.Ordinals?.Start, "the ordinal of the first pod");
                    Check(context, obj, "spec.updateStrategy.rollingUpdate.partition", spec.UpdateStrategy?.RollingUpdate?.Partition, "the ordinal from which pods are updated");
                    break;
                case V1Deployment { Spec: { } spec }:
                    Check(context, obj, "spec.replicas", spec.Replicas, "the number of pods");
                    Check(context, obj, "spec.minReadySeconds", spec.MinReadySeconds, "how long a new pod must be ready before it counts as available");
                    Check(context, obj, "spec.revisionHistoryLimit", spec.RevisionHistoryLimit, "how many old ReplicaSets are kept for rollback");
                    if (Check(context, obj, "spec.progressDeadlineSeconds", spec.ProgressDeadlineSeconds, "how long a rollout may make no progress before it is reported failed"))
                        CheckProgressDeadline(context, (V1Deployment)obj, spec);
                    break;
                case V1ReplicaSet { Spec: { } spec }:
                    Check(context, obj, "spec.replicas", spec.Replicas, "the number of pods");
                    Check(context, obj, "spec.minReadySeconds", spec.MinReadySeconds, "how long a new pod must be ready before it counts as available");
                    break;
                case V1DaemonSet { Spec: { } spec }:
                    Check(context, obj, "spec.minReadySeconds", spec.MinReadySeconds, "how long a new pod must be ready before it counts as available");
                    Check(context, obj, "spec.revisionHistoryLimit", spec.RevisionHistoryLimit, "how many old revisions are kept for rollback");
                    break;
            }
        }
    }

    /// <summary>Reports a negative value; returns whether the value is absent or not negative.</summary>
    private bool Check(RuleContext context, IKubernetesObject obj, string path, int? value, string meaning)
    {
        if (value is not { } number || number >= 0) return true;
        var kind = ManifestSet.ReferenceOf(obj).Kind;
        var text = Invariant(number);
        context.Report(Descriptor, obj, path,
            $"{kind} '{ManifestSet.NameOf(obj)}' sets {path} to {text}, but it counts {meaning} and must not be negative. " +
            $"The API server rejects the {kind}: \"{path}: Invalid value: {text}: must be greater than or equal to 0\". Use 0 or a positive number.");
        return false;
    }

    // A deadline no longer than minReadySeconds would expire before any new pod can count as available.
    private void CheckProgressDeadline(RuleContext context, V1Deployment deployment, V1DeploymentSpec spec)
    {
        if (spec.ProgressDeadlineSeconds is not { } deadline) return;
        var minReady = spec.MinReadySeconds ?? 0;
        if (deadline > minReady) return;
        var (deadlineText, minReadyText) = (Invariant(deadline), Invariant(minReady));
        context.Report(Descriptor, deployment, "spec.progressDeadlineSeconds",
            $"Deployment '{ManifestSet.NameOf(deployment)}' sets spec.progressDeadlineSeconds to {deadlineText}, which is not greater than minReadySeconds ({minReadyText}): " +
            "every rollout would be reported failed before a new pod could become available. " +
            $"The API server rejects the Deployment: \"spec.progressDeadlineSeconds: Invalid value: {deadlineText}: must be greater than minReadySeconds\". " +
            $"Use a deadline above {minReadyText} seconds (the default is 600), or leave it unset.");
    }

    // The numbers are negative here: the current culture would write U+2212 for the minus sign under sv-SE.
    private static string Invariant(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
