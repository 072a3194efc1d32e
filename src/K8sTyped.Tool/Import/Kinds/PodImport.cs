using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary><c>Pod.Named(name).Spec(pod =&gt; ...)</c>.</summary>
internal static class PodImport
{
    public static IResourcePlan? Plan(V1Pod pod, ImportedObject obj, ImportScope scope)
    {
        if (obj.Name.Length == 0) return null;
        var calls = new List<DslCall<Pod>>();
        calls.AddRange(scope.NamespaceCalls<Pod, V1Pod>(obj));
        calls.AddRange(scope.MetadataCalls<Pod, V1Pod>(obj));
        if (pod.Spec is not null)
        {
            var podCalls = PodTemplateImport.Calls(pod.Spec, obj, scope);
            calls.Add(new DslCall<Pod>("Spec", [new LambdaArgument("pod", podCalls)], (p, context) => p.Spec(podCalls.AsAction(context))));
        }

        return new ResourcePlan<Pod>("Pod.Named", [Argument.String(obj.Name)], () => Pod.Named(obj.Name), calls, (r, edit) => r.Configure(m => edit(m)), "pod");
    }
}
