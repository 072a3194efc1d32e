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

        if (spec?.Local is { Path.Length: > 0 } local && HostnameNodes(spec.NodeAffinity) is { } nodes)
        {
            var path = local.Path;
            var nodeArgument = nodes.Length == 1
                ? Argument.String(nodes[0])
                : Argument.Code($"[{string.Join(", ", nodes.Select(n => CSharpLiterals.String(n)))}]");
            calls.Add(nodes.Length == 1
                ? new DslCall<PersistentVolume>("Local", [Argument.String(path), nodeArgument], v => v.Local(path, nodes[0]))
                : new DslCall<PersistentVolume>("Local", [Argument.String(path), nodeArgument], v => v.Local(path, nodes)));
        }

        if (spec?.Csi is { Driver.Length: > 0, VolumeHandle.Length: > 0 } csi)
        {
            var (driver, handle, fsType) = (csi.Driver, csi.VolumeHandle, csi.FsType);
            calls.Add(new DslCall<PersistentVolume>("Csi", [Argument.String(driver), Argument.String(handle), .. FsType(fsType)], v => v.Csi(driver, handle, fsType)));
        }

        if (spec?.AwsElasticBlockStore is { VolumeID.Length: > 0 } ebs)
        {
            var (volumeId, fsType) = (ebs.VolumeID, ebs.FsType);
            calls.Add(new DslCall<PersistentVolume>("AwsElasticBlockStore", [Argument.String(volumeId), .. FsType(fsType)], v => v.AwsElasticBlockStore(volumeId, fsType)));
        }

        if (spec?.GcePersistentDisk is { PdName.Length: > 0 } pd)
        {
            var (pdName, fsType) = (pd.PdName, pd.FsType);
            calls.Add(new DslCall<PersistentVolume>("GcePersistentDisk", [Argument.String(pdName), .. FsType(fsType)], v => v.GcePersistentDisk(pdName, fsType)));
        }

        // A volume reserved for an imported claim (its claimRef names the claim, nothing more) refers to it.
        if (spec?.ClaimRef is { Name.Length: > 0, Kind: null, ApiVersion: null, Uid: null, ResourceVersion: null, FieldPath: null } claimRef
            && scope.Claim(claimRef.Name, claimRef.Namespace) is { } claim)
            calls.Add(new DslCall<PersistentVolume>("ReservedFor", [new ReferenceArgument(claim)], (v, context) => v.ReservedFor(context.Resource<PersistentVolumeClaim>(claim))));

        return new ResourcePlan<PersistentVolume>(
            "PersistentVolume.Named", [Argument.String(obj.Name)], () => PersistentVolume.Named(obj.Name), calls, (r, edit) => r.Configure(m => edit(m)), "volume");
    }

    private static Argument[] FsType(string? fsType) => fsType is null ? [] : [Argument.Named("fsType", Argument.String(fsType))];

    // Local(path, nodes) writes nodeAffinity.required as one term: kubernetes.io/hostname In the nodes.
    private static string[]? HostnameNodes(V1VolumeNodeAffinity? affinity) =>
        affinity?.Required?.NodeSelectorTerms is [{ MatchExpressions: [{ Key: "kubernetes.io/hostname", Operator: "In", Values: { Count: > 0 } values }] }]
            ? [.. values]
            : null;
}
