using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary><c>Deployment.Named(name)</c>: replicas, strategy and pods.</summary>
internal static class DeploymentImport
{
    public static IResourcePlan? Plan(V1Deployment deployment, ImportedObject obj, ImportScope scope)
    {
        if (obj.Name.Length == 0) return null;
        var spec = deployment.Spec;
        var calls = new List<DslCall<Deployment>>();
        calls.AddRange(scope.NamespaceCalls<Deployment, V1Deployment>(obj));
        calls.AddRange(scope.MetadataCalls<Deployment, V1Deployment>(obj));
        if (spec?.Replicas is { } replicas)
            calls.Add(new DslCall<Deployment>("Replicas", [Argument.Int(replicas)], d => d.Replicas(replicas)));
        switch (spec?.Strategy)
        {
            case { Type: "Recreate", RollingUpdate: null }:
                calls.Add(new DslCall<Deployment>("Recreate", [], d => d.Recreate()));
                break;
            case { Type: "RollingUpdate" } strategy:
                var (maxSurge, maxUnavailable) = (strategy.RollingUpdate?.MaxSurge, strategy.RollingUpdate?.MaxUnavailable);
                var arguments = new List<Argument>();
                if (maxSurge is { } s) arguments.Add(Argument.Named("maxSurge", s.IsInt ? Argument.Int(s.IntValue) : Argument.String(s.StringValue)));
                if (maxUnavailable is { } m) arguments.Add(Argument.Named("maxUnavailable", m.IsInt ? Argument.Int(m.IntValue) : Argument.String(m.StringValue)));
                calls.Add(new DslCall<Deployment>("RollingUpdate", arguments, d => d.RollingUpdate(maxSurge, maxUnavailable)));
                break;
        }

        if (WorkloadPods.Of(spec?.Selector, spec?.Template, obj, scope) is var (labels, podCalls, podArguments))
            calls.Add(new DslCall<Deployment>("Pods", podArguments, (d, context) => d.Pods(labels, podCalls.AsAction(context))));
        return new ResourcePlan<Deployment>("Deployment.Named", [Argument.String(obj.Name)], () => Deployment.Named(obj.Name), calls, (r, edit) => r.Configure(m => edit(m)), "deployment");
    }
}
