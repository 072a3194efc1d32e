using K8sTyped.Models;

namespace K8sTyped.Rules.Storage;

/// <summary>KT1304: a PersistentVolume must say where its data lives with exactly one volume source.</summary>
internal sealed class VolumeSourceCountRule : ObjectRule<V1PersistentVolume>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.VolumeSourceCount;

    /// <inheritdoc />
    protected override void Analyze(V1PersistentVolume volume, RuleContext context)
    {
        IReadOnlyList<string> sources = volume.Spec is null ? [] : PersistentVolumeSources.Present(volume.Spec);
        var name = ManifestSet.NameOf(volume);
        if (sources.Count == 0)
        {
            context.Report(
                Descriptor,
                volume,
                "spec",
                $"PersistentVolume '{name}' has no volume source: the API server rejects it (\"must specify a volume type\"). "
                + "Set exactly one of the sources, e.g. csi (with a driver and volumeHandle), nfs, or local (with nodeAffinity).");
        }
        else if (sources.Count > 1)
        {
            context.Report(
                Descriptor,
                volume,
                "spec",
                $"PersistentVolume '{name}' has {sources.Count} volume sources ({string.Join(", ", sources)}): the API server rejects it "
                + "(\"may not specify more than 1 volume type\"). Keep the one that holds the data and remove the others; "
                + "describe each other disk with its own PersistentVolume.");
        }
    }
}
