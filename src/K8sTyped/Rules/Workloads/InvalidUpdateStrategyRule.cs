using K8sTyped.Models;

namespace K8sTyped.Rules.Workloads;

/// <summary>
/// KT1204: a StatefulSet, Deployment or DaemonSet update strategy the API server rejects (rollingUpdate with OnDelete
/// or Recreate, a rollout bound that is malformed, negative, above 100% or zero where zero would stall the rollout),
/// or a StatefulSet partition above its replicas, which updates no pod (Info). Apps validation:
/// ValidateStatefulSetSpec, validateRollingUpdateStatefulSet, ValidateDeploymentStrategy,
/// ValidateRollingUpdateDeployment, ValidateRollingUpdateDaemonSet.
/// </summary>
internal sealed class InvalidUpdateStrategyRule : Rule
{
    private const string RollingUpdate = "RollingUpdate";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.InvalidUpdateStrategy;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var obj in context.Manifests.Objects)
        {
            switch (obj)
            {
                case V1StatefulSet { Spec: { } spec } set:
                    AnalyzeStatefulSet(context, set, spec);
                    break;
                case V1Deployment { Spec.Strategy: { } strategy } deployment:
                    AnalyzeDeployment(context, deployment, strategy);
                    break;
                case V1DaemonSet { Spec.UpdateStrategy: { } strategy } daemonSet:
                    AnalyzeDaemonSet(context, daemonSet, strategy);
                    break;
            }
        }
    }

    private void AnalyzeStatefulSet(RuleContext context, V1StatefulSet set, V1StatefulSetSpec spec)
    {
        const string path = "spec.updateStrategy.rollingUpdate";
        if (spec.UpdateStrategy is not { RollingUpdate: { } rolling } strategy) return;
        var name = ManifestSet.NameOf(set);

        if (strategy.Type == "OnDelete")
        {
            context.Report(Descriptor, set, path,
                $"StatefulSet '{name}' uses updateStrategy OnDelete but also sets rollingUpdate, which only a RollingUpdate strategy reads. " +
                $"The API server rejects it: \"{path}: Invalid value: only allowed for updateStrategy '{RollingUpdate}'\". " +
                "Remove rollingUpdate, or switch the type to RollingUpdate.");
            return;
        }

        if (strategy.Type is not (null or RollingUpdate)) return; // KT1102 reports an unknown type

        if (rolling.MaxUnavailable is { } maxUnavailable)
        {
            var bound = CheckBound(context, set, $"{path}.maxUnavailable", maxUnavailable, capAtHundredPercent: true);
            if (bound.IsZero)
            {
                context.Report(Descriptor, set, $"{path}.maxUnavailable",
                    $"StatefulSet '{name}' sets maxUnavailable to {maxUnavailable}: no pod could ever be taken down, so no update could proceed. " +
                    $"The API server rejects it: \"{path}.maxUnavailable: Invalid value: {maxUnavailable}: cannot be 0\". " +
                    "Use at least 1 (the default), or leave it unset.");
            }
        }

        var replicas = spec.Replicas ?? 1;
        if (rolling.Partition is { } partition && replicas > 0 && partition > replicas)
        {
            context.Report(Descriptor, set, $"{path}.partition",
                $"StatefulSet '{name}' sets partition {partition} above its {replicas} replicas: only pods with an ordinal of at least {partition} " +
                "are updated, and there are none, so a template change reaches no pod. " +
                $"The cluster accepts this and simply holds the rollout. If you are staging an update on purpose, partition {replicas} holds it " +
                "just as well; otherwise lower the partition (0 updates every pod).",
                Severity.Info);
        }
    }

    private void AnalyzeDeployment(RuleContext context, V1Deployment deployment, V1DeploymentStrategy strategy)
    {
        const string path = "spec.strategy.rollingUpdate";
        if (strategy.RollingUpdate is not { } rolling) return;
        var name = ManifestSet.NameOf(deployment);

        if (strategy.Type == "Recreate")
        {
            context.Report(Descriptor, deployment, path,
                $"Deployment '{name}' uses strategy Recreate but also sets rollingUpdate, which only a RollingUpdate strategy reads. " +
                $"The API server rejects it: \"{path}: Forbidden: may not be specified when strategy `type` is 'Recreate'\". " +
                "Remove rollingUpdate. When you change a live Deployment to Recreate, also clear the rollingUpdate the cluster filled in " +
                "(for example rollingUpdate: null in the patch).");
            return;
        }

        if (strategy.Type is not (null or RollingUpdate)) return;

        // Unset bounds default to 25% each (SetDefaults_Deployment).
        var maxUnavailable = rolling.MaxUnavailable is { } unavailable
            ? CheckBound(context, deployment, $"{path}.maxUnavailable", unavailable, capAtHundredPercent: true)
            : RolloutBound.Read("25%");
        var maxSurge = rolling.MaxSurge is { } surge
            ? CheckBound(context, deployment, $"{path}.maxSurge", surge, capAtHundredPercent: false)
            : RolloutBound.Read("25%");
        if (maxUnavailable.IsZero && maxSurge.IsZero)
        {
            context.Report(Descriptor, deployment, $"{path}.maxUnavailable",
                $"Deployment '{name}' sets both maxUnavailable and maxSurge to 0: it may neither take an old pod down nor start a new one, " +
                "so no rollout could ever make progress. " +
                $"The API server rejects it: \"{path}.maxUnavailable: Invalid value: may not be 0 when `maxSurge` is 0\". " +
                "Allow at least one of them, for example maxSurge: 1 to start each new pod before an old one stops.");
        }
    }

    private void AnalyzeDaemonSet(RuleContext context, V1DaemonSet daemonSet, V1DaemonSetUpdateStrategy strategy)
    {
        const string path = "spec.updateStrategy.rollingUpdate";
        if (strategy.Type is not (null or RollingUpdate) || strategy.RollingUpdate is not { } rolling) return;
        var name = ManifestSet.NameOf(daemonSet);

        // Unset bounds default to maxUnavailable 1 and maxSurge 0 (SetDefaults_DaemonSet).
        var maxUnavailable = rolling.MaxUnavailable is { } unavailable
            ? CheckBound(context, daemonSet, $"{path}.maxUnavailable", unavailable, capAtHundredPercent: true)
            : RolloutBound.Read(1);
        var maxSurge = rolling.MaxSurge is { } surge
            ? CheckBound(context, daemonSet, $"{path}.maxSurge", surge, capAtHundredPercent: true)
            : RolloutBound.Read(0);
        if (!maxUnavailable.IsValid || !maxSurge.IsValid) return;

        if (maxUnavailable.IsZero && maxSurge.IsZero)
        {
            context.Report(Descriptor, daemonSet, $"{path}.maxUnavailable",
                $"DaemonSet '{name}' allows neither an unavailable pod nor a surge pod on a node, so no node could ever be updated. " +
                $"The API server rejects it: \"{path}.maxUnavailable: Required value: cannot be 0 when maxSurge is 0\". " +
                "Set maxUnavailable to at least 1, or set maxSurge to at least 1 with maxUnavailable 0.");
        }
        else if (!maxUnavailable.IsZero && !maxSurge.IsZero)
        {
            var unavailableText = rolling.MaxUnavailable is { } given ? given.ToString() : "1 (the default)";
            context.Report(Descriptor, daemonSet, $"{path}.maxSurge",
                $"DaemonSet '{name}' sets maxSurge {rolling.MaxSurge} while maxUnavailable is {unavailableText}; a DaemonSet updates a node " +
                "either by surging or by taking its pod down, never both. " +
                $"The API server rejects it: \"{path}.maxSurge: Invalid value: may not be set when maxUnavailable is non-zero\". " +
                "To surge, also set maxUnavailable: 0.");
        }
    }

    /// <summary>Reports a malformed, negative or (when capped) above-100% bound, and returns what was read.</summary>
    private RolloutBound CheckBound(RuleContext context, IKubernetesObject obj, string path, IntOrString value, bool capAtHundredPercent)
    {
        var bound = RolloutBound.Read(value);
        var owner = $"{ManifestSet.ReferenceOf(obj).Kind} '{ManifestSet.NameOf(obj)}'";
        if (!bound.IsValid)
        {
            var serverText = value.IsInt
                ? "must be greater than or equal to 0"
                : "a valid percent string must be a numeric string followed by an ending '%'";
            context.Report(Descriptor, obj, path,
                $"{owner} sets {path} to '{value}', which is neither a non-negative number of pods nor a percentage. " +
                $"The API server rejects it: \"{path}: Invalid value: {serverText}\". Use a number such as 1 or a percentage such as 25%.");
        }
        else if (capAtHundredPercent && bound.IsOverHundredPercent)
        {
            context.Report(Descriptor, obj, path,
                $"{owner} sets {path} to {value}, more than all of its pods. " +
                $"The API server rejects it: \"{path}: Invalid value: must not be greater than 100%\". Use at most 100%.");
        }

        return bound;
    }
}
