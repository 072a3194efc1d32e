using K8sTyped.Models;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// A PersistentVolume of the manifests as the binder sees it. Every one is assumed to be in phase Available: the
/// manifests create it, so it was never bound or released before.
/// </summary>
internal sealed class VolumeCandidate
{
    /// <summary>The volume mode an unset volumeMode stands for, on claims and volumes alike.</summary>
    public const string Filesystem = "Filesystem";

    private static readonly IReadOnlyDictionary<string, string> s_noLabels = new Dictionary<string, string>();

    public VolumeCandidate(V1PersistentVolume volume, int order)
    {
        Volume = volume;
        Order = order;
        Name = ManifestSet.NameOf(volume);
        var spec = volume.Spec ?? new V1PersistentVolumeSpec();
        Capacity = spec.Capacity is { } capacity && capacity.TryGetValue("storage", out var storage) ? storage : default;
        AccessModes = (spec.AccessModes ?? []).Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToList();
        VolumeMode = spec.VolumeMode ?? Filesystem;
        Labels = volume.Metadata?.Labels is { } labels ? new Dictionary<string, string>(labels) : s_noLabels;
        // storagehelpers.GetPersistentVolumeClass: the beta annotation wins over the spec field; unset is "".
        ClassName = volume.Metadata?.Annotations is { } annotations && annotations.TryGetValue(StorageClassRequest.BetaAnnotation, out var annotated)
            ? annotated
            : spec.StorageClassName ?? "";
        ClaimRef = spec.ClaimRef;
        IsNodeConstrained = spec.NodeAffinity?.Required is not null || spec.Local is not null;
    }

    /// <summary>The volume.</summary>
    public V1PersistentVolume Volume { get; }

    /// <summary>Its position among the volumes of the manifests.</summary>
    public int Order { get; }

    /// <summary>metadata.name.</summary>
    public string Name { get; }

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

    /// <summary>spec.claimRef: the claim the volume is reserved for, if any.</summary>
    public V1ObjectReference? ClaimRef { get; }

    /// <summary>Whether pods using the volume can run only on some nodes (nodeAffinity, or a local volume).</summary>
    public bool IsNodeConstrained { get; }

    /// <summary>Whether claimRef names exactly this claim (storagehelpers.IsVolumeBoundToClaim).</summary>
    public bool IsReservedFor(ClaimRequest claim) =>
        ClaimRef is { } reference
        && reference.Name == claim.Name
        && NamespaceFits(claim, reference)
        // The API server gives every new claim a fresh UID, so a claimRef UID matches only a claim that carries it.
        && (string.IsNullOrEmpty(reference.Uid) || reference.Uid == claim.Uid);

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

    /// <summary>The volumes of the manifests, in manifest order.</summary>
    public static IReadOnlyList<VolumeCandidate> All(ManifestSet manifests) =>
        manifests.OfType<V1PersistentVolume>().Select((volume, i) => new VolumeCandidate(volume, i)).ToList();
}
