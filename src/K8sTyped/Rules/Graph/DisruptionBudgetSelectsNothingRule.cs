using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2012: a PodDisruptionBudget that selects no pod of the manifests (or of the cluster inventory) in its namespace
/// protects nothing: a drain evicts the pods it was meant for all at once. Info when the namespace has no pods at all
/// (they may come from elsewhere).
/// </summary>
internal sealed class DisruptionBudgetSelectsNothingRule : ObjectRule<V1PodDisruptionBudget>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.DisruptionBudgetSelectsNothing;

    /// <inheritdoc />
    protected override void Analyze(V1PodDisruptionBudget budget, RuleContext context)
    {
        var name = ManifestSet.NameOf(budget);
        if (budget.Spec?.Selector is not { } selector)
        {
            context.Report(
                Descriptor, budget, "spec.selector",
                $"PodDisruptionBudget '{name}' has no selector, and in policy/v1 a null selector selects no pods: it protects nothing. " +
                "Select the labels of the workload's pods (the DSL's PodDisruptionBudget.For(workload) does).");
            return;
        }

        if (DisruptionBudgets.Covered(budget, context.Manifests).Count > 0) return;
        var @namespace = ManifestSet.NamespaceOf(budget);
        var inventoryPods = context.Inventory.Objects.Select(WorkloadQueries.PodSpecOf).OfType<PodSpecSite>()
            .Where(site => @namespace == "" || ManifestSet.NamespaceOf(site.Owner) == @namespace).ToList();
        if (inventoryPods.Any(site => Validation.LabelSelectors.Matches(selector, site.Labels))) return;

        var anyPods = inventoryPods.Count > 0 || WorkloadQueries.PodSpecs(context.Manifests).Any(site => ManifestSet.NamespaceOf(site.Owner) == @namespace);
        context.Report(
            Descriptor, budget, "spec.selector",
            $"PodDisruptionBudget '{name}' selects '{LabelText.Of(selector)}', but {(anyPods ? "no pod in its namespace has these labels" : "the manifests have no pods in its namespace")}, " +
            "so it protects nothing: a node drain may evict every pod it was meant for at once. Select the labels of the workload's pods, " +
            "in the workload's namespace.",
            anyPods ? null : Severity.Info);
    }
}
