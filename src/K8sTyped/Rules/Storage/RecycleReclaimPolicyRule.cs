using K8sTyped.Models;

namespace K8sTyped.Rules.Storage;

/// <summary>
/// KT1307: the Recycle reclaim policy is deprecated, and only nfs and hostPath volumes have a recycler: on any other
/// source a released volume is marked Failed instead of being scrubbed and reused.
/// </summary>
internal sealed class RecycleReclaimPolicyRule : ObjectRule<V1PersistentVolume>
{
    private const string Recycle = "Recycle";
    private static readonly HashSet<string> s_recyclableSources = new(StringComparer.Ordinal) { "nfs", "hostPath" };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.RecycleReclaimPolicy;

    /// <inheritdoc />
    protected override void Analyze(V1PersistentVolume volume, RuleContext context)
    {
        var spec = volume.Spec;
        if (spec?.PersistentVolumeReclaimPolicy != Recycle) return;

        var name = ManifestSet.NameOf(volume);
        var unrecyclable = PersistentVolumeSources.Present(spec).Where(s => !s_recyclableSources.Contains(s)).ToList();
        if (unrecyclable.Count > 0)
        {
            context.Report(
                Descriptor,
                volume,
                "spec.persistentVolumeReclaimPolicy",
                $"PersistentVolume '{name}' uses the Recycle reclaim policy on a {string.Join(", ", unrecyclable)} volume: only nfs and "
                + "hostPath can be recycled, so when its claim is deleted the controller marks the volume Failed "
                + "(\"No recycler plugin found for the volume!\") and it is never reused. Use Retain (clean up by hand) or Delete.",
                Severity.Error);
            return;
        }

        context.Report(
            Descriptor,
            volume,
            "spec.persistentVolumeReclaimPolicy",
            $"PersistentVolume '{name}' uses the Recycle reclaim policy, which is deprecated: it scrubs the volume with a basic "
            + "rm -rf when the claim is released. Use Retain and clean up by hand, or dynamic provisioning with Delete.");
    }
}
