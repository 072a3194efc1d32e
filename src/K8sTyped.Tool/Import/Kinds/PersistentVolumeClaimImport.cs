using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary><c>PersistentVolumeClaim.Named(name)</c>: storage class (a reference when imported), access modes, size, volume mode.</summary>
internal static class PersistentVolumeClaimImport
{
    public static IResourcePlan? Plan(V1PersistentVolumeClaim claim, ImportedObject obj, ImportScope scope)
    {
        if (obj.Name.Length == 0) return null;
        var spec = claim.Spec;
        var calls = new List<DslCall<PersistentVolumeClaim>>();
        calls.AddRange(scope.NamespaceCalls<PersistentVolumeClaim, V1PersistentVolumeClaim>(obj));
        calls.AddRange(scope.MetadataCalls<PersistentVolumeClaim, V1PersistentVolumeClaim>(obj));
        if (spec?.StorageClassName is { } className)
        {
            if (className.Length == 0)
                calls.Add(new DslCall<PersistentVolumeClaim>("NoStorageClass", [], c => c.NoStorageClass()));
            else if (scope.Resource(V1StorageClass.KubeKind, className, obj) is { } storageClass && storageClass.Namespace is null)
                calls.Add(new DslCall<PersistentVolumeClaim>("StorageClass", [new ReferenceArgument(storageClass)], (c, context) => c.StorageClass(context.Resource<StorageClass>(storageClass))));
            else
                calls.Add(new DslCall<PersistentVolumeClaim>("StorageClass", [Argument.String(className)], c => c.StorageClass(className)));
        }

        if (AccessModes.Parse(spec?.AccessModes) is { } modes)
            calls.Add(new DslCall<PersistentVolumeClaim>("AccessModes", [AccessModes.Argument(modes)], c => c.AccessModes(modes)));
        if (spec?.Resources?.Requests?.TryGetValue("storage", out var size) == true)
        {
            var text = size.ToString();
            calls.Add(new DslCall<PersistentVolumeClaim>("Requesting", [Argument.String(text)], c => c.Requesting(text)));
        }

        if (WireEnums.TryParse<VolumeMode>(spec?.VolumeMode, out var volumeMode))
            calls.Add(new DslCall<PersistentVolumeClaim>("VolumeMode", [Argument.Enum(volumeMode)], c => c.VolumeMode(volumeMode)));
        return new ResourcePlan<PersistentVolumeClaim>(
            "PersistentVolumeClaim.Named", [Argument.String(obj.Name)], () => PersistentVolumeClaim.Named(obj.Name), calls, (r, edit) => r.Configure(m => edit(m)), "claim");
    }
}
