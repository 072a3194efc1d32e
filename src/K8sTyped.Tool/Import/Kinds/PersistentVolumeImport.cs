using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary><c>PersistentVolume.Named(name)</c>: capacity, access modes, reclaim policy, class, volume mode, hostPath and NFS sources.</summary>
internal static class PersistentVolumeImport
{
    public static IResourcePlan? Plan(V1PersistentVolume volume, ImportedObject obj, ImportScope scope)
    {
        if (obj.Name.Length == 0) return null;
        var spec = volume.Spec;
        var calls = new List<DslCall<PersistentVolume>>();
        calls.AddRange(scope.MetadataCalls<PersistentVolume, V1PersistentVolume>(obj));
        if (spec?.Capacity?.TryGetValue("storage", out var size) == true)
        {
            var text = size.ToString();
            calls.Add(new DslCall<PersistentVolume>("Capacity", [Argument.String(text)], v => v.Capacity(text)));
        }

        if (AccessModes.Parse(spec?.AccessModes) is { } modes)
            calls.Add(new DslCall<PersistentVolume>("AccessModes", [AccessModes.Argument(modes)], v => v.AccessModes(modes)));
        if (WireEnums.TryParse<ReclaimPolicy>(spec?.PersistentVolumeReclaimPolicy, out var reclaim))
            calls.Add(new DslCall<PersistentVolume>("ReclaimPolicy", [Argument.Enum(reclaim)], v => v.ReclaimPolicy(reclaim)));
        if (spec?.StorageClassName is { Length: > 0 } className)
        {
            if (scope.Resource(V1StorageClass.KubeKind, className, obj) is { } storageClass)
                calls.Add(new DslCall<PersistentVolume>("StorageClass", [new ReferenceArgument(storageClass)], (v, context) => v.StorageClass(context.Resource<StorageClass>(storageClass))));
            else
                calls.Add(new DslCall<PersistentVolume>("StorageClass", [Argument.String(className)], v => v.StorageClass(className)));
        }

        if (WireEnums.TryParse<VolumeMode>(spec?.VolumeMode, out var volumeMode))
            calls.Add(new DslCall<PersistentVolume>("VolumeMode", [Argument.Enum(volumeMode)], v => v.VolumeMode(volumeMode)));
        if (spec?.HostPath is { Path.Length: > 0 } hostPath)
        {
            var path = hostPath.Path;
            HostPathType? type = WireEnums.TryParse<HostPathType>(hostPath.Type, out var t) ? t : null;
            List<Argument> arguments = type is { } known ? [Argument.String(path), Argument.Enum(known)] : [Argument.String(path)];
            calls.Add(new DslCall<PersistentVolume>("HostPath", arguments, v => v.HostPath(path, type)));
        }

        if (spec?.Nfs is { Server.Length: > 0, Path.Length: > 0 } nfs)
        {
            var (server, path, readOnly) = (nfs.Server, nfs.Path, nfs.ReadOnly == true);
            List<Argument> arguments = [Argument.String(server), Argument.String(path), .. readOnly ? [Argument.Named("readOnly", Argument.Code("true"))] : Array.Empty<Argument>()];
            calls.Add(new DslCall<PersistentVolume>("Nfs", arguments, v => v.Nfs(server, path, readOnly)));
        }

        return new ResourcePlan<PersistentVolume>(
            "PersistentVolume.Named", [Argument.String(obj.Name)], () => PersistentVolume.Named(obj.Name), calls, (r, edit) => r.Configure(m => edit(m)), "volume");
    }
}
