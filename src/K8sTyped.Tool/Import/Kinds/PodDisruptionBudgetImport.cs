using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary>
/// <c>PodDisruptionBudget.Named(name).For(workload)</c> when its selector is exactly an imported workload's (else
/// <c>Selecting(labels)</c>), and <c>MinAvailable</c> / <c>MaxUnavailable</c>.
/// </summary>
internal static class PodDisruptionBudgetImport
{
    public static IResourcePlan? Plan(V1PodDisruptionBudget budget, ImportedObject obj, ImportScope scope)
    {
        if (obj.Name.Length == 0) return null;
        var spec = budget.Spec;
        var calls = new List<DslCall<PodDisruptionBudget>>();
        calls.AddRange(scope.NamespaceCalls<PodDisruptionBudget, V1PodDisruptionBudget>(obj));
        calls.AddRange(scope.MetadataCalls<PodDisruptionBudget, V1PodDisruptionBudget>(obj));
        if (spec?.Selector is { MatchLabels.Count: > 0, MatchExpressions: null } selector)
        {
            var labels = ImportScope.LabelsOf(selector.MatchLabels);
            var workload = scope.Workloads(obj).FirstOrDefault(w => w.Selector is { } s && ModelDifference.Same(s, selector));
            if (workload.Object is { Model: V1StatefulSet } set)
                calls.Add(new DslCall<PodDisruptionBudget>("For", [new ReferenceArgument(set)], (b, context) => b.For(context.Resource<StatefulSet>(set))));
            else if (workload.Object is { Model: V1Deployment } deployment)
                calls.Add(new DslCall<PodDisruptionBudget>("For", [new ReferenceArgument(deployment)], (b, context) => b.For(context.Resource<Deployment>(deployment))));
            else
                calls.Add(new DslCall<PodDisruptionBudget>("Selecting", [new LabelsArgument(labels)], b => b.Selecting(labels)));
        }

        if (spec?.MinAvailable is { } min)
            calls.Add(new DslCall<PodDisruptionBudget>("MinAvailable", [min.IsInt ? Argument.Int(min.IntValue) : Argument.String(min.StringValue)], b => b.MinAvailable(min)));
        if (spec?.MaxUnavailable is { } max)
            calls.Add(new DslCall<PodDisruptionBudget>("MaxUnavailable", [max.IsInt ? Argument.Int(max.IntValue) : Argument.String(max.StringValue)], b => b.MaxUnavailable(max)));
        return new ResourcePlan<PodDisruptionBudget>(
            "PodDisruptionBudget.Named", [Argument.String(obj.Name)], () => PodDisruptionBudget.Named(obj.Name), calls, (r, edit) => r.Configure(m => edit(m)), "budget");
    }
}
