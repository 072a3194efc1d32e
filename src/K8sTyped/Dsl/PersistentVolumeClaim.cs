using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>A PersistentVolumeClaim: a request for storage that pods mount with <see cref="PodTemplate.ClaimVolume(string, PersistentVolumeClaim, bool, string, int)"/>.</summary>
public sealed class PersistentVolumeClaim : NamespacedResource<PersistentVolumeClaim, V1PersistentVolumeClaim>
{
    private PersistentVolumeClaim(string name, CallSite site)
        : base(name, site)
    {
    }

    /// <inheritdoc />
    public override string Kind => V1PersistentVolumeClaim.KubeKind;

    /// <summary>A claim named <paramref name="name"/>.</summary>
    public static PersistentVolumeClaim Named(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        new(name, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Requests a volume mountable in <paramref name="mode"/> (<c>spec.accessModes</c>).</summary>
    public PersistentVolumeClaim AccessModes(AccessMode mode, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetAccessModes(ClaimSpecEdits.ToWire([mode], nameof(mode)), nameof(mode), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Requests a volume mountable in all of <paramref name="modes"/> (<c>spec.accessModes</c>).</summary>
    public PersistentVolumeClaim AccessModes(IEnumerable<AccessMode> modes, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
        => SetAccessModes(ClaimSpecEdits.ToWire(modes, nameof(modes)), nameof(modes), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Requests <paramref name="size"/> of storage, e.g. <c>"10Gi"</c> (<c>spec.resources.requests.storage</c>); invalid text is reported as KT0002.</summary>
    public PersistentVolumeClaim Requesting(string size, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        Requesting(QuantityArgument.Parse(size, nameof(size)), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Requests <paramref name="size"/> of storage (<c>spec.resources.requests.storage</c>).</summary>
    public PersistentVolumeClaim Requesting(Quantity size, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        Requesting(QuantityArgument.Of(size), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Provisions through <paramref name="storageClass"/> (<c>spec.storageClassName</c>).</summary>
    public PersistentVolumeClaim StorageClass(StorageClass storageClass, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetClassName(Require.NotNull(storageClass, nameof(storageClass)).Name, nameof(storageClass), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Provisions through the StorageClass named <paramref name="storageClassName"/> (<c>spec.storageClassName</c>).</summary>
    public PersistentVolumeClaim StorageClass(string storageClassName, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetClassName(Require.NotEmpty(storageClassName, nameof(storageClassName)), nameof(storageClassName), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>
    /// Binds only to a PersistentVolume without a class (<c>spec.storageClassName: ""</c>), never provisioning one; unlike
    /// leaving the class out, which uses the cluster's default class.
    /// </summary>
    public PersistentVolumeClaim NoStorageClass([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetClassName("", null, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Requests a filesystem or a raw block device (<c>spec.volumeMode</c>).</summary>
    public PersistentVolumeClaim VolumeMode(VolumeMode mode, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var wire = mode.ToWire();
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) => ClaimSpecEdits.VolumeMode(spec, wire, writer, site, nameof(mode)));
    }

    /// <summary>Binds only to PersistentVolumes carrying <paramref name="labels"/> (<c>spec.selector.matchLabels</c>).</summary>
    public PersistentVolumeClaim Selecting(Labels labels, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(labels, nameof(labels));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) => ClaimSpecEdits.Selector(spec, labels, writer, site, nameof(labels)));
    }

    /// <summary>Binds to exactly <paramref name="volume"/> (<c>spec.volumeName</c>).</summary>
    public PersistentVolumeClaim BoundTo(PersistentVolume volume, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(volume, nameof(volume));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) =>
        {
            spec.VolumeName = volume.Name;
            writer.Record("volumeName", site, nameof(volume));
        });
    }

    private PersistentVolumeClaim SetAccessModes(string[] modes, string parameterName, CallSite site) =>
        EditSpec((spec, writer) => ClaimSpecEdits.AccessModes(spec, modes, writer, site, parameterName));

    private PersistentVolumeClaim Requesting(QuantityArgument size, CallSite site) =>
        EditSpec((spec, writer) => ClaimSpecEdits.Size(spec, size, writer, site, nameof(size)));

    private PersistentVolumeClaim SetClassName(string className, string? parameterName, CallSite site) =>
        EditSpec((spec, writer) => ClaimSpecEdits.StorageClassName(spec, className, writer, site, parameterName));

    private PersistentVolumeClaim EditSpec(Action<V1PersistentVolumeClaimSpec, BuildWriter> step) =>
        Edit((claim, writer) => step(claim.Spec ??= new V1PersistentVolumeClaimSpec(), writer.At("spec")));
}
