using K8sTyped.Models;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// A PersistentVolume as the binder sees it. A volume of the manifests is assumed to be in phase Available: the
/// manifests create it, so it was never bound or released before. A volume of the cluster inventory has the phase,
/// claimRef and deletion mark it was read with.
/// </summary>
internal sealed class VolumeCandidate
{
    /// <summary>The volume mode an unset volumeMode stands for, on claims and volumes alike.</summary>
    public const string Filesystem = "Filesystem";

    /// <summary>The phase of a volume the binder may hand to a new claim.</summary>
    public const string Available = "Available";

    private static readonly IReadOnlyDictionary<string, string> s_noLabels = new Dictionary<string, string>();

    public VolumeCandidate(V1PersistentVolume volume, int order, bool isInventory)
    {
        Volume = volume;
        Order = order;
        IsInventory = isInventory;
        Name = ManifestSet.NameOf(volume);
        var spec = volume.Spec ?? new V1PersistentVolumeSpec();
        Capacity = StorageSize.CapacityOf(volume) ?? default;
        AccessModes = (spec.AccessModes ?? []).Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToList();
        VolumeMode = spec.VolumeMode ?? Filesystem;
        Labels = volume.Metadata?.Labels is { } labels ? new Dictionary<string, string>(labels) : s_noLabels;
        ClassName = StorageClassRequest.OfVolume(volume);
        ClaimRef = spec.ClaimRef;
        IsNodeConstrained = spec.NodeAffinity?.Required is not null || spec.Local is not null;
        // A volume the manifests create starts Available; an inventory volume read without a status is taken as one too.
        Phase = isInventory && !string.IsNullOrEmpty(volume.Status?.Phase) ? volume.Status!.Phase! : Available;
        IsBeingDeleted = isInventory && volume.Metadata?.DeletionTimestamp is not null;
    }

    /// <summary>The volume.</summary>
    public V1PersistentVolume Volume { get; }

    /// <summary>Its position among the volumes: the manifests' first, then the inventory's.</summary>
    public int Order { get; }

    /// <summary>Whether the volume already exists in the cluster (<see cref="ClusterProfile.Inventory"/>) rather than in the manifests.</summary>
    public bool IsInventory { get; }

    /// <summary>metadata.name.</summary>
    public string Name { get; }

    /// <summary>How messages name it: <c>'pv-data'</c>, marked when it is in the cluster inventory.</summary>
    public string Text => $"'{Name}'{(IsInventory ? ClusterInventory.Mark : "")}";

    /// <summary>capacity.storage; zero when unset (KT1305 reports that).</summary>
    public Quantity Capacity { get; }

    /// <summary>The access modes offered, sorted.</summary>
    public IReadOnlyList<string> AccessModes { get; }

    /// <summary>The access-mode set as one key: the controller indexes volumes by it.</summary>
    public string AccessModeKey => string.Join(",", AccessModes);

    /// <summary>The volume mode; unset means Filesystem.</summary>
    public string VolumeMode { get; }

    /// <summary>metadata.labels, which a claim's selector matches.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>The class: the beta annotation, else spec.storageClassName, else "".</summary>
    public string ClassName { get; }

    /// <summary>spec.claimRef: the claim the volume is reserved for or bound to, if any.</summary>
    public V1ObjectReference? ClaimRef { get; }

    /// <summary>Whether pods using the volume can run only on some nodes (nodeAffinity, or a local volume).</summary>
    public bool IsNodeConstrained { get; }

    /// <summary>status.phase: Available for a volume of the manifests; Bound, Released, Failed, ... for one in the cluster.</summary>
    public string Phase { get; }

    /// <summary>Whether the volume is being deleted (an inventory volume with metadata.deletionTimestamp).</summary>
    public bool IsBeingDeleted { get; }

    /// <summary>Whether the binder hands the volume to a claim it is not reserved for: phase Available (FindMatchingVolume).</summary>
    public bool IsAvailable => Phase == Available;

    /// <summary>
    /// Whether claimRef names exactly this claim (storagehelpers.IsVolumeBoundToClaim): name, namespace, and UID when the
    /// claimRef has one.
    /// </summary>
    public bool IsReservedFor(ClaimRequest claim) =>
        ClaimRef is { } reference
        && reference.Name == claim.Name
        && NamespaceFits(claim, reference)
        && (string.IsNullOrEmpty(reference.Uid) || reference.Uid == claim.Uid || IsBoundToLiveClaim(claim));

    // The API server gives every new claim a fresh UID, so a claimRef UID matches only a claim that carries it. An
    // inventory volume Bound to a claim of this name is bound to the live claim the manifests re-apply, unless the
    // inventory shows that claim with another UID (then the volume belongs to an earlier claim of the same name).
    private bool IsBoundToLiveClaim(ClaimRequest claim) => IsInventory && Phase == "Bound" && claim.Uid is null;

    /// <summary>
    /// Whether <paramref name="reference"/>'s namespace can be the claim's: a claim without a namespace lands in the
    /// namespace it is applied to, which may be the one the reference names.
    /// </summary>
    public static bool NamespaceFits(ClaimRequest claim, V1ObjectReference reference) =>
        claim.Namespace.Length == 0 || (reference.Namespace ?? "") == claim.Namespace;

    /// <summary>Whether the volume offers every access mode the claim asks (storagehelpers.CheckAccessModes).</summary>
    public bool OffersAccessModesOf(ClaimRequest claim) => claim.AccessModes.All(m => AccessModes.Contains(m));

    /// <summary>How messages name what it offers, e.g. <c>ReadWriteOnce</c>.</summary>
    public string DescribeAccessModes() => AccessModes.Count == 0 ? "no access mode" : string.Join(", ", AccessModes);

    /// <summary>The volumes of the manifests in manifest order, then those of the cluster inventory in inventory order.</summary>
    public static IReadOnlyList<VolumeCandidate> All(ManifestSet manifests, ClusterInventory inventory)
    {
        var volumes = manifests.OfType<V1PersistentVolume>().Select(volume => (volume, false))
            .Concat(inventory.OfType<V1PersistentVolume>().Select(volume => (volume, true)));
        return volumes.Select((v, i) => new VolumeCandidate(v.volume, i, v.Item2)).ToList();
    }
}
