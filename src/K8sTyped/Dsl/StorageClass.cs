using K8sTyped.Validation;
using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>A StorageClass: how claims that name it get their volumes provisioned.</summary>
public sealed class StorageClass : Resource<StorageClass, V1StorageClass>
{
    private StorageClass(string name, CallSite site)
        : base(name, site)
    {
    }

    /// <inheritdoc />
    public override string Kind => V1StorageClass.KubeKind;

    /// <summary>A StorageClass named <paramref name="name"/>.</summary>
    public static StorageClass Named(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        new(name, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Provisions volumes with <paramref name="provisioner"/>, e.g. <c>ebs.csi.aws.com</c> (<c>provisioner</c>).</summary>
    public StorageClass Provisioner(string provisioner, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(provisioner, nameof(provisioner));
        return Set(c => c.Provisioner = provisioner, "provisioner", nameof(provisioner), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Passes <paramref name="key"/>=<paramref name="value"/> to the provisioner (<c>parameters</c>).</summary>
    public StorageClass Parameter(string key, string value, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(key, nameof(key));
        Require.NotNull(value, nameof(value));
        return Set(c => (c.Parameters ??= new Dictionary<string, string>(StringComparer.Ordinal))[key] = value, $"parameters[{key}]", nameof(value), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>What happens to provisioned volumes when released (<c>reclaimPolicy</c>; Retain or Delete).</summary>
    public StorageClass ReclaimPolicy(ReclaimPolicy policy, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var wire = policy.ToWire();
        return Set(c => c.ReclaimPolicy = wire, "reclaimPolicy", nameof(policy), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>When volumes are bound and provisioned (<c>volumeBindingMode</c>).</summary>
    public StorageClass VolumeBindingMode(VolumeBindingMode mode, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var wire = mode.ToWire();
        return Set(c => c.VolumeBindingMode = wire, "volumeBindingMode", nameof(mode), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Lets claims of this class grow (<c>allowVolumeExpansion: true</c>).</summary>
    public StorageClass AllowVolumeExpansion([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        Set(c => c.AllowVolumeExpansion = true, "allowVolumeExpansion", null, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Makes this the class of claims that name none (annotation <c>storageclass.kubernetes.io/is-default-class: "true"</c>).</summary>
    public StorageClass AsDefault([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetAnnotation(DefaultStorageClass.AnnotationKey, "true", null, CallSite.Capture(callerFilePath, callerLine));

    private StorageClass Set(Action<V1StorageClass> set, string path, string? parameterName, CallSite site) =>
        Edit((storageClass, writer) =>
        {
            set(storageClass);
            writer.Record(path, site, parameterName);
        });
}
