using K8sTyped.Models;

namespace K8sTyped.Rules.Storage;

/// <summary>
/// KT1312: hostPath paths the API server rejects: a path with a ".." element (in a PersistentVolume or a pod volume),
/// and a PersistentVolume that would recycle — delete everything under — the node's root directory.
/// </summary>
internal sealed class InvalidHostPathRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.InvalidHostPath;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var volume in context.Manifests.OfType<V1PersistentVolume>())
        {
            var spec = volume.Spec;
            if (spec?.HostPath?.Path is not { } path) continue;
            var name = ManifestSet.NameOf(volume);
            CheckBacksteps(context, volume, "spec.hostPath.path", path, $"PersistentVolume '{name}'");
            if (spec.PersistentVolumeReclaimPolicy == "Recycle" && IsRoot(path))
            {
                context.Report(
                    Descriptor,
                    volume,
                    "spec.persistentVolumeReclaimPolicy",
                    $"PersistentVolume '{name}' is hostPath '{path}' with the Recycle reclaim policy: recycling would delete the node's "
                    + "whole file system, and the API server rejects it (\"may not be 'recycle' for a hostPath mount of '/'\"). "
                    + "Point hostPath at a dedicated directory, and use Retain.");
            }
        }

        foreach (var site in WorkloadQueries.PodSpecs(context.Manifests))
        {
            var volumes = site.Spec.Volumes;
            if (volumes is null) continue;
            for (var i = 0; i < volumes.Count; i++)
            {
                if (volumes[i]?.HostPath?.Path is not { } path) continue;
                CheckBacksteps(
                    context,
                    site.Owner,
                    $"{site.Path}.volumes[{i}].hostPath.path",
                    path,
                    $"Pod volume '{volumes[i].Name}' of {site.Owner.Kind} '{ManifestSet.NameOf(site.Owner)}'");
            }
        }
    }

    private void CheckBacksteps(RuleContext context, IKubernetesObject owner, string fieldPath, string path, string what)
    {
        // The API server splits on '/' and rejects a ".." element; "..data" is an ordinary name.
        if (!path.Split('/').Contains("..")) return;
        context.Report(
            Descriptor,
            owner,
            fieldPath,
            $"{what} has hostPath '{path}', which steps up with '..': the API server rejects it (\"must not contain '..'\"). "
            + "Write the absolute path without '..'.");
    }

    // Go's path.Clean(path) == "/": a rooted path whose elements, after "." and ".." are resolved, are all gone.
    private static bool IsRoot(string path)
    {
        if (!path.StartsWith("/", StringComparison.Ordinal)) return false;
        var depth = 0;
        foreach (var element in path.Split('/'))
        {
            if (element.Length == 0 || element == ".") continue;
            depth = element == ".." ? Math.Max(0, depth - 1) : depth + 1;
        }

        return depth == 0;
    }
}
