using K8sTyped.Models;

namespace K8sTyped.Rules.Storage;

/// <summary>KT1305: a PersistentVolume's capacity must hold exactly one key, storage, greater than zero.</summary>
internal sealed class VolumeCapacityRule : ObjectRule<V1PersistentVolume>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.VolumeCapacity;

    /// <inheritdoc />
    protected override void Analyze(V1PersistentVolume volume, RuleContext context)
    {
        var name = ManifestSet.NameOf(volume);
        var capacity = volume.Spec?.Capacity;
        if (capacity is null || capacity.Count == 0)
        {
            context.Report(
                Descriptor,
                volume,
                "spec.capacity",
                $"PersistentVolume '{name}' has no capacity: the API server rejects it (\"spec.capacity: Required value\"), and a claim "
                + "binds only to a volume at least as large as its request. Set capacity: {storage: <size of the disk>}, e.g. 10Gi.");
            return;
        }

        foreach (var key in capacity.Keys.Where(k => k != StorageSize.Key).OrderBy(k => k, StringComparer.Ordinal))
        {
            context.Report(
                Descriptor,
                volume,
                $"spec.capacity[{key}]",
                $"PersistentVolume '{name}' has capacity key '{key}': the API server rejects it (supported values: \"storage\"). "
                + "Remove it and give the size as capacity.storage.");
        }

        if (StorageSize.In(capacity) is not { } storage)
        {
            context.Report(
                Descriptor,
                volume,
                StorageSize.CapacityPath,
                $"PersistentVolume '{name}' has no capacity.storage: the API server rejects it, and no claim could bind to it. "
                + "Set the size of the disk, e.g. storage: 10Gi.");
        }
        else if (storage.Sign <= 0)
        {
            context.Report(
                Descriptor,
                volume,
                StorageSize.CapacityPath,
                $"PersistentVolume '{name}' has a capacity of {storage}: the API server rejects it (\"must be greater than zero\"). "
                + "Set the size of the disk, e.g. storage: 10Gi.");
        }
    }
}
