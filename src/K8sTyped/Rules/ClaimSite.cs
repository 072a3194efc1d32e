using K8sTyped.Models;

namespace K8sTyped.Rules;

/// <summary>
/// A claim spec inside the manifests: a standalone PersistentVolumeClaim, or a StatefulSet claim template, which makes
/// one claim per pod.
/// </summary>
/// <param name="Owner">The PersistentVolumeClaim or the StatefulSet.</param>
/// <param name="Path">The path of the claim spec inside the owner: <c>spec</c> or <c>spec.volumeClaimTemplates[i].spec</c>.</param>
/// <param name="Spec">The claim spec.</param>
/// <param name="TemplateName">For a claim template: its name (also the pod volume name); null for a standalone claim.</param>
/// <param name="ClaimNames">The names of the claims that exist at run time (one per pod for a template).</param>
/// <param name="Metadata">The claim's metadata (for a template, the template's, which every replica's claim copies); null when unset.</param>
public sealed record ClaimSite(
    IKubernetesObject Owner, string Path, V1PersistentVolumeClaimSpec Spec, string? TemplateName, IReadOnlyList<string> ClaimNames,
    V1ObjectMeta? Metadata = null)
{
    /// <summary>Whether the claim spec is a StatefulSet claim template.</summary>
    public bool IsTemplate => TemplateName is not null;

    /// <summary>Where findings about the claim as a whole go: <c>spec</c>, or <c>spec.volumeClaimTemplates[i]</c> for a template.</summary>
    public string ClaimPath => IsTemplate ? Path.Substring(0, Path.Length - ".spec".Length) : Path;

    /// <summary>The path of the claim's metadata: <c>metadata</c>, or <c>spec.volumeClaimTemplates[i].metadata</c>.</summary>
    public string MetadataPath => IsTemplate ? ClaimPath + ".metadata" : "metadata";

    /// <summary>The path of the storage request, <c>….resources.requests[storage]</c>.</summary>
    public string RequestPath => StorageSize.RequestPath(Path);

    /// <summary>The storage request; null when unset (KT1302 reports that).</summary>
    public Quantity? Request => StorageSize.RequestOf(Spec);

    /// <summary><c>claim 'data'</c> or <c>claim template 'data' of StatefulSet 'db'</c>, for the middle of a sentence.</summary>
    internal string Describe() =>
        IsTemplate ? $"claim template '{TemplateName}' of {OwnerText}" : $"claim '{ManifestSet.NameOf(Owner)}'";

    /// <summary><c>Claim 'data'</c> or <c>Claim template 'data' of StatefulSet 'db'</c>, to start a sentence.</summary>
    internal string DescribeAtStart() => "C" + Describe().Substring(1);

    /// <summary>
    /// One run-time claim of this site: <c>claim 'data'</c>, or for a template replica
    /// <c>claim 'data-db-2' (template 'data' of StatefulSet 'db')</c>.
    /// </summary>
    internal string DescribeClaim(string claimName) =>
        IsTemplate ? $"claim '{claimName}' (template '{TemplateName}' of {OwnerText})" : $"claim '{claimName}'";

    /// <summary>
    /// Many run-time claims of a template at once: <c>claim 'data-db-1000' (and the 998999 replica claims after it,
    /// template 'data' of StatefulSet 'db')</c>.
    /// </summary>
    internal string DescribeClaims(string firstClaimName, int more) =>
        $"claim '{firstClaimName}' (and the {more.ToString(System.Globalization.CultureInfo.InvariantCulture)} replica claims after it, template '{TemplateName}' of {OwnerText})";

    private string OwnerText => $"StatefulSet '{ManifestSet.NameOf(Owner)}'";
}
