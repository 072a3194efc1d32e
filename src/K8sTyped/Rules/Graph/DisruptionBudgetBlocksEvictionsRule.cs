using K8sTyped.Models;
using K8sTyped.Rules.Workloads;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2014: a PodDisruptionBudget that can never allow an eviction. The disruption controller allows one while
/// currentHealthy &gt; desiredHealthy, where desiredHealthy is minAvailable, or the expected pods minus maxUnavailable
/// (percentages of the expected pods, rounded up: pkg/controller/disruption getExpectedScale and
/// intstr.GetScaledValueFromIntOrPercent(…, true)). With every pod healthy, currentHealthy is the expected count, so
/// <c>maxUnavailable: 0</c>, <c>0%</c>, or a minAvailable of at least the replicas never allows one: every node drain
/// and cluster upgrade blocks on these pods.
/// </summary>
internal sealed class DisruptionBudgetBlocksEvictionsRule : ObjectRule<V1PodDisruptionBudget>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.DisruptionBudgetBlocksEvictions;

    /// <inheritdoc />
    protected override void Analyze(V1PodDisruptionBudget budget, RuleContext context)
    {
        var spec = budget.Spec;
        if (spec is null) return;
        var name = ManifestSet.NameOf(budget);
        if (spec.MaxUnavailable is { } maxUnavailable)
        {
            if (!IsZero(maxUnavailable)) return;
            Report(context, budget, "spec.maxUnavailable", $"PodDisruptionBudget '{name}' sets maxUnavailable: {maxUnavailable}, so no pod it covers may ever be evicted");
            return;
        }

        if (spec.MinAvailable is not { } minAvailable) return;
        var covered = DisruptionBudgets.Covered(budget, context.Manifests);
        var counts = covered.Select(site => SpreadTerms.Replicas(site.Owner)).ToList();
        // Only when every covered workload has a known pod count, and there are pods to evict at all.
        if (covered.Count == 0 || counts.Any(c => c is null)) return;
        var expected = counts.Sum(c => c!.Value);
        if (expected == 0) return;
        if (Scaled(minAvailable, expected) is not { } desired || desired < expected) return;
        var workloads = string.Join(", ", covered.Select(site => $"{site.Owner.Kind} '{ManifestSet.NameOf(site.Owner)}'"));
        Report(
            context, budget, "spec.minAvailable",
            $"PodDisruptionBudget '{name}' requires minAvailable: {minAvailable} ({desired} pod{(desired == 1 ? "" : "s")}) of {workloads}, which run{(covered.Count == 1 ? "s" : "")} {expected}, so even with every pod healthy no eviction is allowed",
            [.. covered.Select(site => (site.Owner, "spec.replicas"))]);
    }

    private void Report(RuleContext context, V1PodDisruptionBudget budget, string path, string what, params (IKubernetesObject, string)[] related) =>
        context.Report(
            Descriptor, budget, path,
            $"{what}: every node drain, cluster upgrade and autoscaler scale-down blocks on these pods until someone deletes the budget. " +
            "Allow at least one disruption: maxUnavailable: 1, or a minAvailable below the replicas (a quorum of three: minAvailable: 2).",
            related: related);

    private static bool IsZero(IntOrString value) =>
        value.IsInt ? value.IntValue == 0 : value.ToString().Trim() == "0%";

    // A count as given, or a percentage of the expected pods rounded up; null for text that is not a percentage (KT1102's business).
    private static int? Scaled(IntOrString value, int expected)
    {
        if (value.IsInt) return value.IntValue;
        var text = value.ToString();
        if (!text.EndsWith("%", StringComparison.Ordinal)
            || !int.TryParse(text.Substring(0, text.Length - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var percent))
            return null;
        return (int)((percent * (long)expected + 99) / 100);
    }
}
