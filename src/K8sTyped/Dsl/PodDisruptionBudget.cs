using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>
/// A PodDisruptionBudget (<c>policy/v1</c>): how many of a workload's pods voluntary disruptions (node drains, cluster
/// upgrades) may take down at once. E.g.
/// <c>PodDisruptionBudget.Named("zk-pdb").For(zookeeper).MaxUnavailable(1)</c>.
/// </summary>
public sealed class PodDisruptionBudget : NamespacedResource<PodDisruptionBudget, V1PodDisruptionBudget>
{
    private PodDisruptionBudget(string name, CallSite site)
        : base(name, site)
    {
    }

    /// <inheritdoc />
    public override string Kind => V1PodDisruptionBudget.KubeKind;

    /// <summary>A PodDisruptionBudget named <paramref name="name"/>.</summary>
    public static PodDisruptionBudget Named(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        new(name, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Covers the pods of <paramref name="workload"/>: its selector becomes <c>spec.selector</c>, so the budget always selects exactly its pods.</summary>
    public PodDisruptionBudget For(StatefulSet workload, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(workload, nameof(workload));
        return SelectWorkload(workload, () => workload.Build().Spec?.Selector, CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Covers the pods of <paramref name="workload"/>: its selector becomes <c>spec.selector</c>.</summary>
    public PodDisruptionBudget For(Deployment workload, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(workload, nameof(workload));
        return SelectWorkload(workload, () => workload.Build().Spec?.Selector, CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Covers the pods that carry <paramref name="labels"/> (<c>spec.selector.matchLabels</c>).</summary>
    public PodDisruptionBudget Selecting(Labels labels, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(labels, nameof(labels));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) =>
        {
            spec.Selector = ModelEdits.SelectorFor(labels);
            writer.Record("selector", site, nameof(labels));
        });
    }

    /// <summary>
    /// Allows an eviction only while at least <paramref name="minAvailable"/> pods (a count, or a percentage of the
    /// workload's replicas rounded up) stay healthy (<c>spec.minAvailable</c>).
    /// </summary>
    public PodDisruptionBudget MinAvailable(IntOrString minAvailable, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) =>
        {
            spec.MinAvailable = minAvailable;
            writer.Record("minAvailable", site, nameof(minAvailable));
        });
    }

    /// <summary>
    /// Allows an eviction only while at most <paramref name="maxUnavailable"/> pods (a count, or a percentage of the
    /// workload's replicas rounded up) are unhealthy (<c>spec.maxUnavailable</c>), e.g. <c>MaxUnavailable(1)</c> for a quorum of three.
    /// </summary>
    public PodDisruptionBudget MaxUnavailable(IntOrString maxUnavailable, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) =>
        {
            spec.MaxUnavailable = maxUnavailable;
            writer.Record("maxUnavailable", site, nameof(maxUnavailable));
        });
    }

    private PodDisruptionBudget SelectWorkload(Resource workload, Func<V1LabelSelector?> selectorOf, CallSite site) =>
        EditSpec((spec, writer) =>
        {
            // The workload as it is built now (Configure included), so the budget follows every change of its selector.
            if (selectorOf() is not { } selector)
            {
                writer.Reject("selector", site, $"{workload} has no pod selector yet: call its Pods(labels, …) first.");
                return;
            }

            spec.Selector = new V1LabelSelector
            {
                MatchLabels = selector.MatchLabels is { } labels ? new Dictionary<string, string>(labels, StringComparer.Ordinal) : null,
                MatchExpressions = selector.MatchExpressions?.Select(e => new V1LabelSelectorRequirement
                {
                    Key = e.Key,
                    Operator = e.Operator,
                    Values = e.Values is { } values ? [.. values] : null,
                }).ToList(),
            };
            writer.Record("selector", site, "workload");
        });

    private PodDisruptionBudget EditSpec(Action<V1PodDisruptionBudgetSpec, BuildWriter> step) =>
        Edit((budget, writer) => step(budget.Spec ??= new V1PodDisruptionBudgetSpec(), writer.At("spec")));
}
