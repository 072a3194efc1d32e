using K8sTyped.Models;

namespace K8sTyped.Tests.Rules.Graph;

/// <summary>PodDisruptionBudgets for the budget rule tests.</summary>
internal static class DisruptionBudgetObjects
{
    public static V1PodDisruptionBudget Budget(
        string name, Dictionary<string, string>? selector, IntOrString? minAvailable = null, IntOrString? maxUnavailable = null, string? @namespace = null) => new()
    {
        Metadata = GraphObjects.Meta(name, @namespace),
        Spec = new V1PodDisruptionBudgetSpec
        {
            Selector = selector is null ? null : new V1LabelSelector { MatchLabels = selector },
            MinAvailable = minAvailable,
            MaxUnavailable = maxUnavailable,
        },
    };
}
