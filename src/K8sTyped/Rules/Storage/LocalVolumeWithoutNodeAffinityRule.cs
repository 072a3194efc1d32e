using K8sTyped.Models;

namespace K8sTyped.Rules.Storage;

/// <summary>
/// KT1306: a local PersistentVolume is a disk on one node, so it must say which node with nodeAffinity; without it
/// the API server rejects the volume.
/// </summary>
internal sealed class LocalVolumeWithoutNodeAffinityRule : ObjectRule<V1PersistentVolume>
{
    private const string Fix =
        "Pin it to the node that has the disk: nodeAffinity.required.nodeSelectorTerms with a matchExpression such as "
        + "kubernetes.io/hostname In [<node name>].";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.LocalVolumeWithoutNodeAffinity;

    /// <inheritdoc />
    protected override void Analyze(V1PersistentVolume volume, RuleContext context)
    {
        var spec = volume.Spec;
        if (spec?.Local is null) return;

        var name = ManifestSet.NameOf(volume);
        var affinity = spec.NodeAffinity;
        if (affinity is null)
        {
            context.Report(
                Descriptor,
                volume,
                "spec.nodeAffinity",
                $"Local PersistentVolume '{name}' has no nodeAffinity: the API server rejects it (\"Local volume requires node affinity\"), "
                + $"because the scheduler must know which node holds {spec.Local.Path ?? "the path"}. {Fix}");
        }
        else if (affinity.Required is null)
        {
            context.Report(
                Descriptor,
                volume,
                "spec.nodeAffinity.required",
                $"Local PersistentVolume '{name}' has nodeAffinity without required: the API server rejects it "
                + $"(\"must specify required node constraints\"). {Fix}");
        }
        else if (affinity.Required.NodeSelectorTerms is not { Count: > 0 })
        {
            context.Report(
                Descriptor,
                volume,
                "spec.nodeAffinity.required.nodeSelectorTerms",
                $"Local PersistentVolume '{name}' has nodeAffinity.required with no nodeSelectorTerms: the API server rejects it "
                + $"(\"must have at least one node selector term\"). {Fix}");
        }
    }
}
