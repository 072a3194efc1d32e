using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary><c>StorageClass.Named(name)</c>: provisioner, parameters, reclaim policy, binding mode, expansion, default class.</summary>
internal static class StorageClassImport
{
    private const string DefaultClassAnnotation = "storageclass.kubernetes.io/is-default-class";

    public static IResourcePlan? Plan(V1StorageClass storageClass, ImportedObject obj, ImportScope scope)
    {
        if (obj.Name.Length == 0) return null;
        var isDefault = obj.Metadata?.Annotations?.TryGetValue(DefaultClassAnnotation, out var flag) == true && flag == "true";
        var calls = new List<DslCall<StorageClass>>();
        calls.AddRange(scope.MetadataCalls<StorageClass, V1StorageClass>(obj, isDefault ? new HashSet<string> { DefaultClassAnnotation } : null));
        if (storageClass.Provisioner is { Length: > 0 } provisioner)
            calls.Add(new DslCall<StorageClass>("Provisioner", [Argument.String(provisioner)], s => s.Provisioner(provisioner)));
        foreach (var (key, value) in storageClass.Parameters ?? new Dictionary<string, string>())
            calls.Add(new DslCall<StorageClass>("Parameter", [Argument.String(key), Argument.String(value)], s => s.Parameter(key, value)));
        if (WireEnums.TryParse<ReclaimPolicy>(storageClass.ReclaimPolicy, out var reclaim))
            calls.Add(new DslCall<StorageClass>("ReclaimPolicy", [Argument.Enum(reclaim)], s => s.ReclaimPolicy(reclaim)));
        if (WireEnums.TryParse<VolumeBindingMode>(storageClass.VolumeBindingMode, out var binding))
            calls.Add(new DslCall<StorageClass>("VolumeBindingMode", [Argument.Enum(binding)], s => s.VolumeBindingMode(binding)));
        if (storageClass.AllowVolumeExpansion == true)
            calls.Add(new DslCall<StorageClass>("AllowVolumeExpansion", [], s => s.AllowVolumeExpansion()));
        if (isDefault)
            calls.Add(new DslCall<StorageClass>("AsDefault", [], s => s.AsDefault()));
        return new ResourcePlan<StorageClass>("StorageClass.Named", [Argument.String(obj.Name)], () => StorageClass.Named(obj.Name), calls, (r, edit) => r.Configure(m => edit(m)), "storageClass");
    }
}
