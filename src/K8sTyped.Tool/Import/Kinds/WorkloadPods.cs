using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary><c>Pods(labels, pod =&gt; ...)</c> of a StatefulSet or Deployment: the selector's labels, which the DSL also gives the pods.</summary>
internal static class WorkloadPods
{
    /// <summary>The labels and the pod calls; null when the selector is not plain match labels.</summary>
    public static (Labels Labels, List<DslCall<PodTemplate>> Calls, Argument[] Arguments)? Of(V1LabelSelector? selector, V1PodTemplateSpec? template, ImportedObject obj, ImportScope scope)
    {
        if (selector is not { MatchLabels.Count: > 0, MatchExpressions: null } || template is null) return null;
        var labels = ImportScope.LabelsOf(selector.MatchLabels);
        var calls = PodTemplateImport.Calls(template.Spec, obj, scope);
        return (labels, calls, [new LabelsArgument(labels), new LambdaArgument("pod", calls)]);
    }
}
