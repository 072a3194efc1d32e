using K8sTyped.Models;
using K8sTyped.Validation;

namespace K8sTyped.Rules.Graph;

/// <summary>The pods a PodDisruptionBudget covers: the pod specs of the manifests in its namespace whose labels its selector matches.</summary>
internal static class DisruptionBudgets
{
    /// <summary>
    /// The pod specs <paramref name="budget"/> selects. In <c>policy/v1</c> a null selector selects no pods and an empty
    /// one every pod of the namespace.
    /// </summary>
    public static IReadOnlyList<PodSpecSite> Covered(V1PodDisruptionBudget budget, ManifestSet manifests)
    {
        if (budget.Spec?.Selector is not { } selector) return [];
        var @namespace = ManifestSet.NamespaceOf(budget);
        return WorkloadQueries.PodSpecs(manifests)
            .Where(site => ManifestSet.NamespaceOf(site.Owner) == @namespace && LabelSelectors.Matches(selector, site.Labels))
            .ToList();
    }
}
