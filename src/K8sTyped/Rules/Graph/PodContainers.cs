using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>The containers and init containers of a pod spec, each with its path.</summary>
internal static class PodContainers
{
    /// <summary>Init containers first, as the kubelet runs them, then containers; paths like <c>spec.template.spec.initContainers[0]</c>.</summary>
    public static IEnumerable<(V1Container Container, string Path)> Of(PodSpecSite site)
    {
        foreach (var (list, field) in new[] { (site.Spec.InitContainers, "initContainers"), (site.Spec.Containers, "containers") })
        {
            if (list is null) continue;
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is { } container)
                    yield return (container, $"{site.Path}.{field}[{i}]");
            }
        }
    }

    /// <summary>The names of the volumes any container mounts (volumeMounts) or attaches as a block device (volumeDevices).</summary>
    public static ISet<string> UsedVolumeNames(PodSpecSite site)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (container, _) in Of(site))
        {
            foreach (var mount in container.VolumeMounts ?? [])
                if (mount?.Name is { } name) used.Add(name);
            foreach (var device in container.VolumeDevices ?? [])
                if (device?.Name is { } name) used.Add(name);
        }

        return used;
    }
}
