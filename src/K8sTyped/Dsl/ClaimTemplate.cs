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
}
