using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2013: a PodDisruptionBudget whose selector matches the pods of several workloads counts their disruptions together:
/// an eviction of one workload's pod uses up the budget the other needs, so a drain blocks on pods it should not, and
/// the budget's numbers (sized for one workload) protect neither as meant.
/// </summary>
internal sealed class DisruptionBudgetSpansWorkloadsRule : ObjectRule<V1PodDisruptionBudget>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.DisruptionBudgetSpansWorkloads;

    /// <inheritdoc />
    protected override void Analyze(V1PodDisruptionBudget budget, RuleContext context)
    {
        var covered = DisruptionBudgets.Covered(budget, context.Manifests);
        if (covered.Count < 2) return;
        var names = string.Join(", ", covered.Select(site => $"{site.Owner.Kind} '{ManifestSet.NameOf(site.Owner)}'"));
        context.Report(
            Descriptor, budget, "spec.selector",
            $"PodDisruptionBudget '{ManifestSet.NameOf(budget)}' selects '{LabelText.Of(budget.Spec!.Selector!)}', which matches the pods of {names}. " +
            "Their disruptions are counted together: evicting a pod of one uses the budget of the others, so node drains block on pods " +
            "they should not, and neither workload gets the protection the numbers were chosen for. Give each workload its own budget " +
            "selecting only its pods.",
            related: [.. covered.Select(site => (site.Owner, site.LabelsPath))]);
    }
}
