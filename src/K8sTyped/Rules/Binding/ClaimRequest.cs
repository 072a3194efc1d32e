using K8sTyped.Models;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// One claim as it exists at run time: a standalone PersistentVolumeClaim, or the claim one StatefulSet replica gets
/// from a claim template.
/// </summary>
internal sealed class ClaimRequest
{
    private ClaimRequest(ClaimSite site, int order, string name, string @namespace, string? uid, StorageClassRequest storageClass)
    {
        Site = site;
        Order = order;
        Name = name;
        Namespace = @namespace;
        Uid = uid;
        StorageClass = storageClass;
        Request = site.Spec.Resources?.Requests is { } requests && requests.TryGetValue("storage", out var storage) ? storage : default;
        AccessModes = (site.Spec.AccessModes ?? []).Distinct(StringComparer.Ordinal).ToList();
        VolumeMode = site.Spec.VolumeMode ?? VolumeCandidate.Filesystem;
        VolumeName = string.IsNullOrEmpty(site.Spec.VolumeName) ? null : site.Spec.VolumeName;
    }

    /// <summary>Where the claim is written.</summary>
    public ClaimSite Site { get; }

    /// <summary>Its position among all claims of the manifests (manifest order, replicas by ordinal).</summary>
    public int Order { get; }

    /// <summary>The claim's name, e.g. <c>data-db-2</c> for a template.</summary>
    public string Name { get; }

    /// <summary>Its namespace; "" when the manifests leave it to apply time.</summary>
    public string Namespace { get; }

    /// <summary>The metadata.uid written on a standalone claim, if any.</summary>
    public string? Uid { get; }

    /// <summary>The class the claim names.</summary>
    public StorageClassRequest StorageClass { get; }

    /// <summary>resources.requests.storage; zero when unset (KT1302 reports that).</summary>
    public Quantity Request { get; }

    /// <summary>The access modes asked for.</summary>
    public IReadOnlyList<string> AccessModes { get; }

    /// <summary>The volume mode; unset means Filesystem.</summary>
    public string VolumeMode { get; }

    /// <summary>The label selector on volumes, if any.</summary>
    public V1LabelSelector? Selector => Site.Spec.Selector;

    /// <summary>spec.volumeName: the volume the user asked for, if any.</summary>
    public string? VolumeName { get; }

    /// <summary>Whether the claim comes from a StatefulSet claim template.</summary>
    public bool IsFromTemplate => Site.TemplateName is not null;

    /// <summary>Where findings about the claim go: <c>spec</c>, or <c>spec.volumeClaimTemplates[i]</c> for a template.</summary>
    public string Path => IsFromTemplate ? Site.Path.Substring(0, Site.Path.Length - ".spec".Length) : Site.Path;

    /// <summary>The path of the claim's spec.volumeName.</summary>
    public string VolumeNamePath => Site.Path + ".volumeName";

    /// <summary>How messages name the claim: <c>claim data</c>, or <c>claim data-db-2 (template data of StatefulSet db)</c>.</summary>
    public string Describe() => IsFromTemplate
        ? $"claim {Name} (template {Site.TemplateName} of StatefulSet {ManifestSet.NameOf(Site.Owner)})"
        : $"claim {Name}";

    /// <summary>What the claim asks, e.g. <c>ReadWriteMany and 50Mi</c>, plus a non-default volume mode.</summary>
    public string DescribeAsk()
    {
        var modes = AccessModes.Count == 0 ? "no access mode" : string.Join(", ", AccessModes);
        var mode = VolumeMode == VolumeCandidate.Filesystem ? "" : $" as a {VolumeMode} volume";
        return $"{modes} and {Request}{mode}";
    }

    /// <summary>The run-time claims of every claim site, in manifest order with replicas by ordinal.</summary>
    public static IReadOnlyList<ClaimRequest> All(ManifestSet manifests)
    {
        var claims = new List<ClaimRequest>();
        foreach (var site in WorkloadQueries.Claims(manifests))
        {
            var @namespace = ManifestSet.NamespaceOf(site.Owner) ?? "";
            var (annotations, uid) = MetadataOf(site);
            var storageClass = StorageClassRequest.Of(annotations, site.Spec);
            foreach (var name in site.ClaimNames)
                claims.Add(new ClaimRequest(site, claims.Count, name, @namespace, uid, storageClass));
        }

        return claims;
    }

    // A template's annotations live on the template's metadata; its replicas' claims get fresh UIDs.
    private static (IDictionary<string, string>? Annotations, string? Uid) MetadataOf(ClaimSite site) => site.Owner switch
    {
        V1PersistentVolumeClaim claim => (claim.Metadata?.Annotations, claim.Metadata?.Uid),
        V1StatefulSet set => (set.Spec?.VolumeClaimTemplates?.FirstOrDefault(t => ReferenceEquals(t?.Spec, site.Spec))?.Metadata?.Annotations, null),
        _ => (null, null),
    };
}
