using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary>
/// <c>StatefulSet.Named(name)</c>: <c>GovernedBy(service)</c> (a reference when the Service is imported), replicas,
/// update strategy, pod management, claim retention, ordinals, pods and claim templates.
/// </summary>
internal static class StatefulSetImport
{
    public static IResourcePlan? Plan(V1StatefulSet set, ImportedObject obj, ImportScope scope)
    {
        if (obj.Name.Length == 0) return null;
        var spec = set.Spec;
        var calls = new List<DslCall<StatefulSet>>();
        calls.AddRange(scope.NamespaceCalls<StatefulSet, V1StatefulSet>(obj));
        calls.AddRange(scope.MetadataCalls<StatefulSet, V1StatefulSet>(obj));
        if (spec?.ServiceName is { Length: > 0 } serviceName)
        {
            if (scope.Resource(V1Service.KubeKind, serviceName, obj) is { } service)
                calls.Add(new DslCall<StatefulSet>("GovernedBy", [new ReferenceArgument(service)], (s, context) => s.GovernedBy(context.Resource<Service>(service))));
            else
                calls.Add(new DslCall<StatefulSet>("GovernedBy", [Argument.String(serviceName)], s => s.GovernedBy(serviceName)));
        }

        if (spec?.Replicas is { } replicas)
            calls.Add(new DslCall<StatefulSet>("Replicas", [Argument.Int(replicas)], s => s.Replicas(replicas)));
        switch (spec?.UpdateStrategy)
        {
            case { Type: "RollingUpdate" } strategy:
                var (partition, maxUnavailable) = (strategy.RollingUpdate?.Partition, strategy.RollingUpdate?.MaxUnavailable);
                var arguments = new List<Argument>();
                if (partition is { } p) arguments.Add(Argument.Named("partition", Argument.Int(p)));
                if (maxUnavailable is { } m) arguments.Add(Argument.Named("maxUnavailable", m.IsInt ? Argument.Int(m.IntValue) : Argument.String(m.StringValue)));
                calls.Add(new DslCall<StatefulSet>("RollingUpdate", arguments, s => s.RollingUpdate(partition, maxUnavailable)));
                break;
            case { Type: "OnDelete", RollingUpdate: null }:
                calls.Add(new DslCall<StatefulSet>("OnDelete", [], s => s.OnDelete()));
                break;
        }

        if (WireEnums.TryParse<PodManagementPolicy>(spec?.PodManagementPolicy, out var management))
            calls.Add(new DslCall<StatefulSet>("PodManagement", [Argument.Enum(management)], s => s.PodManagement(management)));
        if (spec?.MinReadySeconds is { } minReady)
            calls.Add(new DslCall<StatefulSet>("MinReadySeconds", [Argument.Int(minReady)], s => s.MinReadySeconds(minReady)));
        if (spec?.PersistentVolumeClaimRetentionPolicy is { } retention
            && WireEnums.TryParse<ClaimRetention>(retention.WhenDeleted, out var whenDeleted)
            && WireEnums.TryParse<ClaimRetention>(retention.WhenScaled, out var whenScaled))
            calls.Add(new DslCall<StatefulSet>("RetainClaims", [Argument.Enum(whenDeleted), Argument.Enum(whenScaled)], s => s.RetainClaims(whenDeleted, whenScaled)));
        if (spec?.Ordinals?.Start is { } start)
            calls.Add(new DslCall<StatefulSet>("OrdinalsStart", [Argument.Int(start)], s => s.OrdinalsStart(start)));
        if (WorkloadPods.Of(spec?.Selector, spec?.Template, obj, scope) is var (labels, podCalls, podArguments))
            calls.Add(new DslCall<StatefulSet>("Pods", podArguments, (s, context) => s.Pods(labels, podCalls.AsAction(context))));
        foreach (var template in spec?.VolumeClaimTemplates ?? [])
        {
            if (ClaimTemplateImport.Call(template, obj, scope) is not { } call) break;
            calls.Add(call);
        }

        return new ResourcePlan<StatefulSet>("StatefulSet.Named", [Argument.String(obj.Name)], () => StatefulSet.Named(obj.Name), calls, (r, edit) => r.Configure(m => edit(m)), "set");
    }
}
