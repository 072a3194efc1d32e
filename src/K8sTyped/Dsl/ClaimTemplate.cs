using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>
/// Further settings of one of a StatefulSet's claim templates (<c>spec.volumeClaimTemplates[]</c>), configured inside
/// <see cref="StatefulSet.ClaimTemplate(string, AccessMode, string, Action{ClaimTemplate}, string, int)"/>.
/// </summary>
public sealed class ClaimTemplate
{
    private readonly Steps<V1PersistentVolumeClaim> _steps = new();

    internal ClaimTemplate()
    {
    }

    /// <summary>
    /// Binds only to a PersistentVolume without a class (<c>spec.storageClassName: ""</c>), never provisioning one (static
    /// provisioning); unlike leaving the class out, which uses the cluster's default class. E.g.
    /// <c>set.ClaimTemplate("data", AccessMode.ReadWriteOnce, "10Gi", t => t.NoStorageClass())</c>.
    /// </summary>
    public ClaimTemplate NoStorageClass([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetClassName("", null, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Provisions through <paramref name="storageClass"/> (<c>spec.storageClassName</c>), replacing a class given to <c>ClaimTemplate(…)</c>.</summary>
    public ClaimTemplate StorageClass(StorageClass storageClass, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetClassName(Require.NotNull(storageClass, nameof(storageClass)).Name, nameof(storageClass), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Provisions through the StorageClass named <paramref name="storageClassName"/> (<c>spec.storageClassName</c>).</summary>
    public ClaimTemplate StorageClass(string storageClassName, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetClassName(Require.NotEmpty(storageClassName, nameof(storageClassName)), nameof(storageClassName), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Requests a volume mountable in <paramref name="mode"/> (<c>spec.accessModes</c>), replacing the modes given to <c>ClaimTemplate(…)</c>.</summary>
    public ClaimTemplate AccessModes(AccessMode mode, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetAccessModes(ClaimSpecEdits.ToWire([mode], nameof(mode)), nameof(mode), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Requests a volume mountable in all of <paramref name="modes"/> (<c>spec.accessModes</c>).</summary>
    public ClaimTemplate AccessModes(IEnumerable<AccessMode> modes, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetAccessModes(ClaimSpecEdits.ToWire(modes, nameof(modes)), nameof(modes), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Requests <paramref name="size"/> of storage (<c>spec.resources.requests.storage</c>), replacing the size given to <c>ClaimTemplate(…)</c>; invalid text is reported as KT0002.</summary>
    public ClaimTemplate Requesting(string size, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        Requesting(QuantityArgument.Parse(size, nameof(size)), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Requests <paramref name="size"/> of storage (<c>spec.resources.requests.storage</c>).</summary>
    public ClaimTemplate Requesting(Quantity size, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        Requesting(QuantityArgument.Of(size), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>
    /// Binds to exactly <paramref name="volume"/> (<c>spec.volumeName</c>). Every pod's claim names the same volume, so
    /// only one of them can bind: for a set of one replica.
    /// </summary>
    public ClaimTemplate BoundTo(PersistentVolume volume, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(volume, nameof(volume));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((claim, writer) =>
        {
            SpecOf(claim).VolumeName = volume.Name;
            writer.Record("spec.volumeName", site, nameof(volume));
        });
    }

    /// <summary>Requests a filesystem or a raw block device (<c>spec.volumeMode</c>).</summary>
    public ClaimTemplate VolumeMode(VolumeMode mode, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var wire = mode.ToWire();
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((claim, writer) => ClaimSpecEdits.VolumeMode(SpecOf(claim), wire, writer.At("spec"), site, nameof(mode)));
    }

    /// <summary>Binds only to PersistentVolumes carrying <paramref name="labels"/> (<c>spec.selector.matchLabels</c>).</summary>
    public ClaimTemplate Selecting(Labels labels, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(labels, nameof(labels));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((claim, writer) => ClaimSpecEdits.Selector(SpecOf(claim), labels, writer.At("spec"), site, nameof(labels)));
    }

    /// <summary>Labels the claims made from this template (<c>metadata.labels</c>).</summary>
    public ClaimTemplate Labeled(Labels labels, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(labels, nameof(labels));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((claim, writer) => ModelEdits.AddLabels(claim.Metadata ??= new V1ObjectMeta(), labels, writer.At("metadata"), site, nameof(labels)));
    }

    /// <summary>Replays the collected edits on <paramref name="claim"/>.</summary>
    internal void ApplyTo(V1PersistentVolumeClaim claim, BuildWriter writer) => _steps.ApplyTo(claim, writer);

    private ClaimTemplate Edit(Action<V1PersistentVolumeClaim, BuildWriter> step)
    {
        _steps.Add(step);
        return this;
    }

    private static V1PersistentVolumeClaimSpec SpecOf(V1PersistentVolumeClaim claim) => claim.Spec ??= new V1PersistentVolumeClaimSpec();

    private ClaimTemplate SetClassName(string className, string? parameterName, CallSite site) =>
        Edit((claim, writer) => ClaimSpecEdits.StorageClassName(SpecOf(claim), className, writer.At("spec"), site, parameterName));

    private ClaimTemplate SetAccessModes(string[] modes, string parameterName, CallSite site) =>
        Edit((claim, writer) => ClaimSpecEdits.AccessModes(SpecOf(claim), modes, writer.At("spec"), site, parameterName));

    private ClaimTemplate Requesting(QuantityArgument size, CallSite site) =>
        Edit((claim, writer) => ClaimSpecEdits.Size(SpecOf(claim), size, writer.At("spec"), site, nameof(size)));
}
