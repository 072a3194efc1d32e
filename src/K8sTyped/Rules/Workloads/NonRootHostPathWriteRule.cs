using K8sTyped.Models;

namespace K8sTyped.Rules.Workloads;

/// <summary>
/// KT1208: a container that runs as a non-root user mounts read-write a hostPath volume of type DirectoryOrCreate or
/// FileOrCreate. The kubelet creates a missing path as root with mode 0755 (0644 for a file) (pkg/volume/hostpath
/// makeDir, makeFile), and fsGroup never applies to hostPath volumes, so the container's writes fail with "permission
/// denied". Only what is known offline is reported: the user must be known to be non-root (runAsUser other than 0, or
/// runAsNonRoot), and other volume types, whose ownership depends on the driver or already exists, are not judged.
/// </summary>
internal sealed class NonRootHostPathWriteRule : Rule
{
    private static readonly HashSet<string> s_createdByKubelet = new(StringComparer.Ordinal) { "DirectoryOrCreate", "FileOrCreate" };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.NonRootHostPathWrite;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var site in WorkloadQueries.PodSpecs(context.Manifests))
        {
            var created = (site.Spec.Volumes ?? [])
                .Where(v => v?.HostPath is { Type: { } type } && s_createdByKubelet.Contains(type) && v.Name is not null)
                .ToDictionary(v => v.Name!, v => v.HostPath!, StringComparer.Ordinal);
            if (created.Count == 0) continue;
            var pod = site.Spec.SecurityContext;
            foreach (var (container, path) in Containers(site))
            {
                var user = container.SecurityContext?.RunAsUser ?? pod?.RunAsUser;
                var nonRoot = user is { } uid ? uid != 0 : (container.SecurityContext?.RunAsNonRoot ?? pod?.RunAsNonRoot) == true;
                if (!nonRoot) continue;
                var mounts = container.VolumeMounts ?? [];
                for (var i = 0; i < mounts.Count; i++)
                {
                    if (mounts[i] is not { ReadOnly: not true, Name: { } name } mount || !created.TryGetValue(name, out var hostPath)) continue;
                    var who = user is { } known ? $"user {known}" : "a non-root user (runAsNonRoot)";
                    var fsGroup = pod?.FsGroup is { } group ? $" fsGroup {group} does not help: the kubelet never applies fsGroup to hostPath volumes." : " fsGroup does not apply to hostPath volumes.";
                    context.Report(
                        Descriptor, site.Owner, $"{path}.volumeMounts[{i}]",
                        $"Container '{container.Name}' of {site.Owner.Kind} '{ManifestSet.NameOf(site.Owner)}' runs as {who} and mounts hostPath '{hostPath.Path}' " +
                        $"({hostPath.Type}) read-write at '{mount.MountPath}'. When the path does not exist, the kubelet creates it owned by root with mode " +
                        $"{(hostPath.Type == "FileOrCreate" ? "0644" : "0755")}, so the container cannot write to it.{fsGroup} Prepare the path on the node " +
                        "with the right owner, use another volume type (a PersistentVolumeClaim, emptyDir), or run an init container as root that changes its owner.");
                }
            }
        }
    }

    private static IEnumerable<(V1Container Container, string Path)> Containers(PodSpecSite site)
    {
        var containers = site.Spec.Containers ?? [];
        for (var i = 0; i < containers.Count; i++)
            if (containers[i] is { } c) yield return (c, $"{site.Path}.containers[{i}]");
        var init = site.Spec.InitContainers ?? [];
        for (var i = 0; i < init.Count; i++)
            if (init[i] is { } c) yield return (c, $"{site.Path}.initContainers[{i}]");
    }
}
