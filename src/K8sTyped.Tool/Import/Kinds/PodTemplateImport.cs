using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary>A pod spec's DSL calls (<c>pod =&gt; pod...</c>): pod settings, containers, init containers and sidecars, volumes.</summary>
internal static class PodTemplateImport
{
    public static List<DslCall<PodTemplate>> Calls(V1PodSpec? spec, ImportedObject obj, ImportScope scope)
    {
        var calls = new List<DslCall<PodTemplate>>();
        if (spec is null) return calls;
        if (spec.TerminationGracePeriodSeconds is { } grace)
            calls.Add(new DslCall<PodTemplate>("TerminationGracePeriodSeconds", [Argument.Int(grace)], p => p.TerminationGracePeriodSeconds(grace)));
        if (spec.Hostname is { Length: > 0 } hostname)
            calls.Add(new DslCall<PodTemplate>("Hostname", [Argument.String(hostname)], p => p.Hostname(hostname)));
        if (spec.Subdomain is { Length: > 0 } subdomain)
            calls.Add(new DslCall<PodTemplate>("Subdomain", [Argument.String(subdomain)], p => p.Subdomain(subdomain)));
        if (WireEnums.TryParse<RestartPolicy>(spec.RestartPolicy, out var restart))
            calls.Add(new DslCall<PodTemplate>("RestartPolicy", [Argument.Enum(restart)], p => p.RestartPolicy(restart)));
        if (spec.ServiceAccountName is { Length: > 0 } account)
            calls.Add(new DslCall<PodTemplate>("ServiceAccountName", [Argument.String(account)], p => p.ServiceAccountName(account)));
        if (spec.PriorityClassName is { Length: > 0 } priority)
            calls.Add(new DslCall<PodTemplate>("PriorityClassName", [Argument.String(priority)], p => p.PriorityClassName(priority)));
        foreach (var (key, value) in spec.NodeSelector ?? new Dictionary<string, string>())
            calls.Add(new DslCall<PodTemplate>("NodeSelector", [Argument.String(key), Argument.String(value)], p => p.NodeSelector(key, value)));
        if (spec.Affinity?.PodAntiAffinity?.RequiredDuringSchedulingIgnoredDuringExecution is [{ TopologyKey: var topologyKey }]
            && TopologyOf(topologyKey) is { } topology)
            calls.Add(new DslCall<PodTemplate>("RequireAntiAffinity", [Argument.Enum(topology)], p => p.RequireAntiAffinity(topology)));
        if (spec.SecurityContext is { } security)
            calls.Add(SecurityCall(security));

        foreach (var container in spec.InitContainers ?? [])
        {
            if (string.IsNullOrEmpty(container.Name) || container.Image is null) break;
            var (name, image) = (container.Name, container.Image);
            var sidecar = container.RestartPolicy == "Always";
            var inner = ContainerImport.Calls(container, obj, scope);
            List<Argument> arguments = [Argument.String(name), Argument.String(image), .. inner.Count > 0 ? [new LambdaArgument("c", inner)] : Array.Empty<Argument>()];
            calls.Add(sidecar
                ? new DslCall<PodTemplate>("Sidecar", arguments, (p, context) => p.Sidecar(name, image, inner.AsAction(context)))
                : new DslCall<PodTemplate>("InitContainer", arguments, (p, context) => p.InitContainer(name, image, inner.AsAction(context))));
        }

        foreach (var container in spec.Containers ?? [])
        {
            if (string.IsNullOrEmpty(container.Name) || container.Image is null) break;
            var (name, image) = (container.Name, container.Image);
            var inner = ContainerImport.Calls(container, obj, scope);
            List<Argument> arguments = [Argument.String(name), Argument.String(image), .. inner.Count > 0 ? [new LambdaArgument("c", inner)] : Array.Empty<Argument>()];
            calls.Add(new DslCall<PodTemplate>("Container", arguments, (p, context) => p.Container(name, image, inner.AsAction(context))));
        }

        foreach (var toleration in spec.Tolerations ?? [])
        {
            if (string.IsNullOrEmpty(toleration.Key) || toleration.TolerationSeconds is not null) break;
            var (key, value) = (toleration.Key, toleration.Value);
            TaintEffect? effect = WireEnums.TryParse<TaintEffect>(toleration.Effect, out var e) ? e : null;
            var arguments = new List<Argument> { Argument.String(key) };
            if (value is not null) arguments.Add(Argument.String(value));
            if (effect is { } known) arguments.Add(Argument.Named("effect", Argument.Enum(known)));
            calls.Add(new DslCall<PodTemplate>("Tolerate", arguments, p => p.Tolerate(key, value, effect)));
        }

        foreach (var volume in spec.Volumes ?? [])
        {
            if (VolumeCall(volume, obj, scope) is not { } call) break;
            calls.Add(call);
        }

        return calls;
    }

    private static Topology? TopologyOf(string? key) => key switch
    {
        "kubernetes.io/hostname" => Topology.Hostname,
        "topology.kubernetes.io/zone" => Topology.Zone,
        _ => null,
    };

    private static DslCall<PodTemplate>? VolumeCall(V1Volume volume, ImportedObject obj, ImportScope scope)
    {
        if (string.IsNullOrEmpty(volume.Name)) return null;
        var name = volume.Name;
        if (volume.PersistentVolumeClaim is { ClaimName.Length: > 0 } claimSource)
        {
            var (claimName, readOnly) = (claimSource.ClaimName, claimSource.ReadOnly == true);
            var readOnlyArguments = readOnly ? [Argument.Named("readOnly", Argument.Code("true"))] : Array.Empty<Argument>();
            if (scope.Resource(V1PersistentVolumeClaim.KubeKind, claimName, obj) is { } claim)
                return new DslCall<PodTemplate>("ClaimVolume", [Argument.String(name), new ReferenceArgument(claim), .. readOnlyArguments], (p, context) => p.ClaimVolume(name, context.Resource<PersistentVolumeClaim>(claim), readOnly));
            return new DslCall<PodTemplate>("ClaimVolume", [Argument.String(name), Argument.String(claimName), .. readOnlyArguments], p => p.ClaimVolume(name, claimName, readOnly));
        }

        if (volume.HostPath is { Path.Length: > 0 } hostPath)
        {
            var path = hostPath.Path;
            HostPathType? type = WireEnums.TryParse<HostPathType>(hostPath.Type, out var t) ? t : null;
            List<Argument> arguments = [Argument.String(name), Argument.String(path), .. type is { } known ? [Argument.Enum(known)] : Array.Empty<Argument>()];
            return new DslCall<PodTemplate>("HostPathVolume", arguments, p => p.HostPathVolume(name, path, type));
        }

        if (volume.EmptyDir is { } emptyDir)
        {
            StorageMedium? medium = WireEnums.TryParse<StorageMedium>(emptyDir.Medium, out var m) ? m : null;
            var sizeLimit = emptyDir.SizeLimit?.ToString();
            var arguments = new List<Argument> { Argument.String(name) };
            if (medium is { } known) arguments.Add(Argument.Named("medium", Argument.Enum(known)));
            if (sizeLimit is not null) arguments.Add(Argument.Named("sizeLimit", Argument.String(sizeLimit)));
            return new DslCall<PodTemplate>("EmptyDirVolume", arguments, p => p.EmptyDirVolume(name, medium, sizeLimit));
        }

        if (volume.ConfigMap is { Name.Length: > 0 } mapSource)
        {
            var mapName = mapSource.Name;
            if (scope.Resource(V1ConfigMap.KubeKind, mapName, obj) is { } configMap)
                return new DslCall<PodTemplate>("ConfigMapVolume", [Argument.String(name), new ReferenceArgument(configMap)], (p, context) => p.ConfigMapVolume(name, context.Resource<ConfigMap>(configMap)));
            return new DslCall<PodTemplate>("ConfigMapVolume", [Argument.String(name), Argument.String(mapName)], p => p.ConfigMapVolume(name, mapName));
        }

        if (volume.Secret is { SecretName.Length: > 0 } secretSource)
        {
            var secretName = secretSource.SecretName;
            if (scope.Resource(V1Secret.KubeKind, secretName, obj) is { } secret)
                return new DslCall<PodTemplate>("SecretVolume", [Argument.String(name), new ReferenceArgument(secret)], (p, context) => p.SecretVolume(name, context.Resource<Secret>(secret)));
            return new DslCall<PodTemplate>("SecretVolume", [Argument.String(name), Argument.String(secretName)], p => p.SecretVolume(name, secretName));
        }

        return null;
    }

    private static DslCall<PodTemplate> SecurityCall(V1PodSecurityContext security)
    {
        var (runAsUser, runAsGroup, runAsNonRoot, fsGroup) = (security.RunAsUser, security.RunAsGroup, security.RunAsNonRoot, security.FsGroup);
        FsGroupChangePolicy? changePolicy = WireEnums.TryParse<FsGroupChangePolicy>(security.FsGroupChangePolicy, out var c) ? c : null;
        var arguments = new List<Argument>();
        if (runAsUser is { } user) arguments.Add(Argument.Named("runAsUser", Argument.Int(user)));
        if (runAsGroup is { } group) arguments.Add(Argument.Named("runAsGroup", Argument.Int(group)));
        if (runAsNonRoot is { } nonRoot) arguments.Add(Argument.Named("runAsNonRoot", Argument.Code(CSharpLiterals.Bool(nonRoot))));
        if (fsGroup is { } fs) arguments.Add(Argument.Named("fsGroup", Argument.Int(fs)));
        if (changePolicy is { } policy) arguments.Add(Argument.Named("fsGroupChangePolicy", Argument.Enum(policy)));
        return new DslCall<PodTemplate>("SecurityContext", arguments, p => p.SecurityContext(runAsUser, runAsGroup, runAsNonRoot, fsGroup, changePolicy));
    }
}
