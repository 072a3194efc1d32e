using K8sTyped.Models;

namespace K8sTyped.Rules;

/// <summary>
/// The storage class a claim names, as written: the beta annotation <c>volume.beta.kubernetes.io/storage-class</c> wins
/// over <c>spec.storageClassName</c> (storagehelpers.GetPersistentVolumeClaimClass); neither means "unset", which the
/// DefaultStorageClass admission plugin may fill in. <c>""</c> is an explicit "no class". Every rule and the binding
/// simulation take a claim's class, and a volume's (<see cref="OfVolume"/>), from here.
/// </summary>
/// <param name="Name">The class name; null when the claim names none.</param>
/// <param name="FromBetaAnnotation">Whether the name comes from the beta annotation.</param>
/// <param name="Path">Where the class is (or would be) written: the annotation, else <c>….spec.storageClassName</c>.</param>
internal sealed record StorageClassRequest(string? Name, bool FromBetaAnnotation, string Path)
{
    /// <summary>The deprecated annotation that names a claim's or a volume's class and takes precedence over the spec field.</summary>
    public const string BetaAnnotation = "volume.beta.kubernetes.io/storage-class";

    /// <summary>Whether the claim names no class at all, so admission may give it the default class.</summary>
    public bool IsUnset => Name is null;

    /// <summary>Reads the class of a claim from its annotations and spec, at the given metadata and spec paths.</summary>
    public static StorageClassRequest Of(V1ObjectMeta? metadata, string metadataPath, V1PersistentVolumeClaimSpec? spec, string specPath) =>
        metadata?.Annotations is { } annotations && annotations.TryGetValue(BetaAnnotation, out var annotated)
            ? new StorageClassRequest(annotated, FromBetaAnnotation: true, $"{metadataPath}.annotations[{BetaAnnotation}]")
            : new StorageClassRequest(spec?.StorageClassName, FromBetaAnnotation: false, $"{specPath}.storageClassName");

    /// <summary>Reads the class of a claim site (for a template, the class every replica's claim gets).</summary>
    public static StorageClassRequest Of(ClaimSite site) => Of(site.Metadata, site.MetadataPath, site.Spec, site.Path);

    /// <summary>
    /// The class of a PersistentVolume (storagehelpers.GetPersistentVolumeClass): the beta annotation, else
    /// spec.storageClassName, else "".
    /// </summary>
    public static string OfVolume(V1PersistentVolume volume) =>
        volume.Metadata?.Annotations is { } annotations && annotations.TryGetValue(BetaAnnotation, out var annotated)
            ? annotated
            : volume.Spec?.StorageClassName ?? "";

    /// <summary>The path of a PersistentVolume's class: the beta annotation when set, else spec.storageClassName.</summary>
    public static string VolumePath(V1PersistentVolume volume) =>
        volume.Metadata?.Annotations?.ContainsKey(BetaAnnotation) == true
            ? $"metadata.annotations[{BetaAnnotation}]"
            : "spec.storageClassName";

    /// <summary>How a message names this request, e.g. <c>storageClassName ""</c>.</summary>
    public string Describe() => Name switch
    {
        null => "no storageClassName",
        _ when FromBetaAnnotation => $"{BetaAnnotation} \"{Name}\"",
        _ => $"storageClassName \"{Name}\"",
    };
}
