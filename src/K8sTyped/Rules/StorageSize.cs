using K8sTyped.Models;

namespace K8sTyped.Rules;

/// <summary>
/// The one storage size of a claim (<c>resources.requests[storage]</c>) and of a PersistentVolume
/// (<c>capacity[storage]</c>), read one way by every rule and the binding simulation.
/// </summary>
internal static class StorageSize
{
    /// <summary>The resource name of storage in requests, limits and capacity maps.</summary>
    public const string Key = "storage";

    /// <summary>The path of a PersistentVolume's capacity.storage.</summary>
    public const string CapacityPath = "spec.capacity[" + Key + "]";

    /// <summary>The storage entry of a quantity map (requests, limits, capacity); null when absent.</summary>
    public static Quantity? In(IDictionary<string, Quantity>? quantities) =>
        quantities is not null && quantities.TryGetValue(Key, out var quantity) ? (Quantity?)quantity : null;

    /// <summary>spec.resources.requests.storage of a claim; null when unset.</summary>
    public static Quantity? RequestOf(V1PersistentVolumeClaimSpec spec) => In(spec.Resources?.Requests);

    /// <summary>spec.capacity.storage of a PersistentVolume; null when unset.</summary>
    public static Quantity? CapacityOf(V1PersistentVolume volume) => In(volume.Spec?.Capacity);

    /// <summary>The path of the storage request under a claim spec at <paramref name="specPath"/>.</summary>
    public static string RequestPath(string specPath) => $"{specPath}.resources.requests[{Key}]";
}
