using K8sTyped.Models;

namespace K8sTyped.Rules.Workloads;

/// <summary>
/// KT1205: in one pod spec (a Pod or any workload template), two containers share a name (init containers and
/// containers share one namespace), two volumes share a name, one container declares a port name or mountPath twice
/// (all rejected by core validation ValidatePodSpec: Duplicate value / "must be unique"), or a port name or
/// (containerPort, protocol) appears twice among the containers that run together (accepted with an API server
/// warning, reported as Warning).
/// </summary>
internal sealed class DuplicateInPodRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.DuplicateInPod;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var site in WorkloadQueries.PodSpecs(context.Manifests))
        {
            var owner = $"{ManifestSet.ReferenceOf(site.Owner).Kind} '{ManifestSet.NameOf(site.Owner)}'";
            var containers = Containers(site);
            CheckContainerNames(context, site, owner, containers);
            CheckVolumeNames(context, site, owner);
            foreach (var container in containers)
                CheckWithinContainer(context, site, owner, container);
            CheckSharedPorts(context, site, owner, containers.Where(c => c.RunsWithOthers).ToList());
            foreach (var runsAlone in containers.Where(c => !c.RunsWithOthers))
                CheckSharedPorts(context, site, owner, [runsAlone]);
        }
    }

    // Validation checks regular containers first, then init containers against them, so the init container is the duplicate.
    private static List<ContainerAt> Containers(PodSpecSite site)
    {
        var result = new List<ContainerAt>();
        var containers = site.Spec.Containers ?? [];
        for (var i = 0; i < containers.Count; i++)
            result.Add(new ContainerAt($"{site.Path}.containers[{i}]", containers[i], RunsWithOthers: true));
        var initContainers = site.Spec.InitContainers ?? [];
        for (var i = 0; i < initContainers.Count; i++)
        {
            // A sidecar (an init container that restarts Always) keeps running next to the containers.
            var sidecar = initContainers[i].RestartPolicy == "Always";
            result.Add(new ContainerAt($"{site.Path}.initContainers[{i}]", initContainers[i], sidecar));
        }

        return result;
    }

    private void CheckContainerNames(RuleContext context, PodSpecSite site, string owner, List<ContainerAt> containers)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var container in containers)
        {
            if (container.Container.Name is not { Length: > 0 } name) continue;
            if (seen.TryGetValue(name, out var first))
            {
                context.Report(Descriptor, site.Owner, $"{container.Path}.name",
                    $"{owner} has two containers named '{name}' ({first} and {container.Path}); containers and init containers share one set of names. " +
                    $"The API server rejects the pod spec: \"{container.Path}.name: Duplicate value: \"{name}\"\". Rename one of them.");
            }
            else
            {
                seen.Add(name, container.Path);
            }
        }
    }

    private void CheckVolumeNames(RuleContext context, PodSpecSite site, string owner)
    {
        var volumes = site.Spec.Volumes ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < volumes.Count; i++)
        {
            if (volumes[i]?.Name is not { Length: > 0 } name || seen.Add(name)) continue;
            var path = $"{site.Path}.volumes[{i}].name";
            context.Report(Descriptor, site.Owner, path,
                $"{owner} has two volumes named '{name}'; a volumeMount could not tell which one it means. " +
                $"The API server rejects the pod spec: \"{path}: Duplicate value: \"{name}\"\" (StatefulSet templates before Kubernetes 1.34 " +
                "are accepted and their pods then fail to be created). Rename or merge one of them.");
        }
    }

    private void CheckWithinContainer(RuleContext context, PodSpecSite site, string owner, ContainerAt container)
    {
        var ports = container.Container.Ports ?? [];
        var portNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ports.Count; i++)
        {
            if (ports[i]?.Name is not { Length: > 0 } name || portNames.Add(name)) continue;
            var path = $"{container.Path}.ports[{i}].name";
            context.Report(Descriptor, site.Owner, path,
                $"{owner}: container '{container.Container.Name}' has two ports named '{name}', so a Service or probe naming it is ambiguous. " +
                $"The API server rejects the pod spec: \"{path}: Duplicate value: \"{name}\"\". Give each port its own name.");
        }

        var mounts = container.Container.VolumeMounts ?? [];
        var mountPaths = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < mounts.Count; i++)
        {
            if (mounts[i]?.MountPath is not { Length: > 0 } mountPath || mountPaths.Add(mountPath)) continue;
            var path = $"{container.Path}.volumeMounts[{i}].mountPath";
            context.Report(Descriptor, site.Owner, path,
                $"{owner}: container '{container.Container.Name}' mounts two volumes at '{mountPath}'; one would hide the other. " +
                $"The API server rejects the pod spec: \"{path}: Invalid value: \"{mountPath}\": must be unique\". " +
                "Mount each volume at its own path (use subPath to place parts of one volume).");
        }
    }

    // Containers that run at the same time share the pod's network namespace: a port number can be bound only once,
    // and a Service or probe naming a port takes the first container's port of that name. A plain init container runs
    // alone, so it is checked on its own.
    private void CheckSharedPorts(RuleContext context, PodSpecSite site, string owner, List<ContainerAt> running)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var numbers = new Dictionary<(int Port, string Protocol), string>();
        foreach (var container in running)
        {
            var ports = container.Container.Ports ?? [];
            var namesInThisContainer = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < ports.Count; i++)
            {
                var port = ports[i];
                if (port is null) continue;
                var path = $"{container.Path}.ports[{i}]";
                if (port.Name is { Length: > 0 } name && namesInThisContainer.Add(name))
                {
                    if (names.TryGetValue(name, out var first))
                    {
                        context.Report(Descriptor, site.Owner, $"{path}.name",
                            $"{owner}: port name '{name}' at {path} repeats {first} in another container. " +
                            $"The API server accepts it with a warning: \"{path}: duplicate port name \"{name}\" with {first}, services and probes " +
                            $"that select ports by name will use {first}\". Give each port of the pod its own name.",
                            Severity.Warning);
                    }
                    else
                    {
                        names.Add(name, path);
                    }
                }

                if (port.ContainerPort is not { } number) continue;
                var key = (number, port.Protocol ?? "TCP");
                if (numbers.TryGetValue(key, out var earlier))
                {
                    context.Report(Descriptor, site.Owner, path,
                        $"{owner} declares containerPort {number}/{key.Item2} at {path} and again at {earlier}; containers of a pod share one network, " +
                        "so only one process can listen on it. " +
                        $"The API server accepts it with a warning: \"{path}: duplicate port definition with {earlier}\". Remove one of the two declarations.",
                        Severity.Warning);
                }
                else
                {
                    numbers.Add(key, path);
                }
            }
        }
    }

    private sealed record ContainerAt(string Path, V1Container Container, bool RunsWithOthers);
}
