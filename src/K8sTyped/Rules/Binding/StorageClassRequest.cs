using K8sTyped.Models;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// The storage class a claim names, as written: the beta annotation <c>volume.beta.kubernetes.io/storage-class</c> wins
/// over <c>spec.storageClassName</c> (storagehelpers.GetPersistentVolumeClaimClass); neither means "unset", which the
/// DefaultStorageClass admission plugin may fill in. <c>""</c> is an explicit "no class".
/// </summary>
/// <param name="Name">The class name; null when the claim names none.</param>
/// <param name="FromBetaAnnotation">Whether the name comes from the beta annotation.</param>
internal sealed record StorageClassRequest(string? Name, bool FromBetaAnnotation)
{
    /// <summary>The deprecated annotation that names a claim's or a volume's class and takes precedence over the spec field.</summary>
    public const string BetaAnnotation = "volume.beta.kubernetes.io/storage-class";

    /// <summary>Whether the claim names no class at all, so admission may give it the default class.</summary>
    public bool IsUnset => Name is null;

    /// <summary>Reads the class of a claim from its annotations and spec.</summary>
    public static StorageClassRequest Of(IDictionary<string, string>? annotations, V1PersistentVolumeClaimSpec spec) =>
        annotations is not null && annotations.TryGetValue(BetaAnnotation, out var annotated)
            ? new StorageClassRequest(annotated, FromBetaAnnotation: true)
            : new StorageClassRequest(spec.StorageClassName, FromBetaAnnotation: false);

    /// <summary>How a message names this request, e.g. <c>storageClassName ""</c>.</summary>
    public string Describe() => Name switch
    {
        null => "no storageClassName",
        _ when FromBetaAnnotation => $"{BetaAnnotation} \"{Name}\"",
        _ => $"storageClassName \"{Name}\"",
    };
}
