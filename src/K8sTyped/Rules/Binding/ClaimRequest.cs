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
        Request = site.Request ?? default;
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

    /// <summary>
    /// The claim's UID when known: metadata.uid written on a standalone claim, else the UID of the live claim of that
    /// name in the cluster inventory (applying the manifests updates that claim rather than creating a new one).
    /// </summary>
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
    public bool IsFromTemplate => Site.IsTemplate;

    /// <summary>Where findings about the claim go: <c>spec</c>, or <c>spec.volumeClaimTemplates[i]</c> for a template.</summary>
    public string Path => Site.ClaimPath;

    /// <summary>The path of the claim's spec.volumeName.</summary>
    public string VolumeNamePath => Site.Path + ".volumeName";

    /// <summary>
    /// The path of the claim field a mismatch of <paramref name="kind"/> is about (<c>….spec.accessModes</c>,
    /// <c>….spec.resources.requests[storage]</c>, ...); null when the volume, not the claim, is at fault.
    /// </summary>
    public string? FieldPath(MismatchKind kind) => kind switch
    {
        MismatchKind.AccessModes => Site.Path + ".accessModes",
        MismatchKind.TooSmall => Site.RequestPath,
        MismatchKind.VolumeMode => Site.Path + ".volumeMode",
        MismatchKind.Selector => Site.Path + ".selector",
        MismatchKind.StorageClass => StorageClass.Path,
        _ => null,
    };

    /// <summary>How messages name the claim: <c>claim 'data'</c>, or <c>claim 'data-db-2' (template 'data' of StatefulSet 'db')</c>.</summary>
    public string Describe() => Site.DescribeClaim(Name);

    /// <summary><see cref="Describe"/> at the start of a sentence.</summary>
    public string DescribeAtStart() => "C" + Describe().Substring(1);

    /// <summary>What the claim asks, e.g. <c>ReadWriteMany and 50Mi</c>, plus a non-default volume mode.</summary>
    public string DescribeAsk()
    {
        var modes = AccessModes.Count == 0 ? "no access mode" : string.Join(", ", AccessModes);
        var mode = VolumeMode == VolumeCandidate.Filesystem ? "" : $" as a {VolumeMode} volume";
        return $"{modes} and {Request}{mode}";
    }

    /// <summary>The run-time claims of every claim site, in manifest order with replicas by ordinal.</summary>
    public static IReadOnlyList<ClaimRequest> All(ManifestSet manifests, ClusterInventory inventory)
    {
        var claims = new List<ClaimRequest>();
        foreach (var site in WorkloadQueries.Claims(manifests))
        {
            var @namespace = ManifestSet.NamespaceOf(site.Owner) ?? "";
            var storageClass = StorageClassRequest.Of(site);
            // Every replica's claim gets a fresh UID; a standalone claim may carry one.
            var writtenUid = site.IsTemplate ? null : site.Metadata?.Uid;
            foreach (var name in site.ClaimNames)
            {
                var uid = writtenUid ?? LiveUid(inventory, @namespace, name);
                claims.Add(new ClaimRequest(site, claims.Count, name, @namespace, uid, storageClass));
            }
        }

        return claims;
    }

    private static string? LiveUid(ClusterInventory inventory, string @namespace, string name) =>
        inventory.FindLive(V1PersistentVolumeClaim.KubeKind, @namespace, name).FirstOrDefault() is V1PersistentVolumeClaim live
            ? (string.IsNullOrEmpty(live.Metadata?.Uid) ? null : live.Metadata!.Uid)
            : null;
}
