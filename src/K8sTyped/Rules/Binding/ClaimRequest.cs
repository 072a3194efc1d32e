using K8sTyped.Models;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// One claim as it exists at run time: a standalone PersistentVolumeClaim, or the claim one StatefulSet replica gets
/// from a claim template.
/// </summary>
internal sealed class ClaimRequest
{
    private ClaimRequest(ClaimSite site, int order, string name, string @namespace, string? uid, StorageClassRequest storageClass, int count = 1)
    {
        Site = site;
        Order = order;
        Name = name;
        Count = count;
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

    /// <summary>
    /// How many replica claims it stands for: 1, or, for the replicas of a large StatefulSet beyond those simulated one by
    /// one, all the rest, which no volume can tell apart (<see cref="All"/>). <see cref="Name"/> is then the first one's.
    /// </summary>
    public int Count { get; }

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

    /// <summary>
    /// How messages name the claim: <c>claim 'data'</c>, or <c>claim 'data-db-2' (template 'data' of StatefulSet 'db')</c>;
    /// for claims that stand for many replicas, <c>claim 'data-db-1000' (and the 998999 replica claims after it, template ...)</c>.
    /// </summary>
    public string Describe() => Count == 1
        ? Site.DescribeClaim(Name)
        : Site.DescribeClaims(Name, Count - 1);

    /// <summary><see cref="Describe"/> at the start of a sentence.</summary>
    public string DescribeAtStart() => "C" + Describe().Substring(1);

    /// <summary>What the claim asks, e.g. <c>ReadWriteMany and 50Mi</c>, plus a non-default volume mode.</summary>
    public string DescribeAsk()
    {
        var mode = VolumeMode == VolumeCandidate.Filesystem ? "" : $" as a {VolumeMode} volume";
        return $"{VolumeCandidate.DescribeAccessModes(AccessModes)} and {Request}{mode}";
    }

    /// <summary>How many replicas of one claim template are simulated one by one at least (as many as the identity constants).</summary>
    public const int ReplicasOneByOne = 1000;

    /// <summary>
    /// The run-time claims of every claim site, in manifest order with replicas by ordinal. A claim template of a large
    /// StatefulSet gives its first replicas one by one (at least <see cref="ReplicasOneByOne"/>, and more than there are
    /// volumes, so they take every volume the template fits), those a volume's claimRef names, and one claim for all
    /// the rest: identical claims no volume can tell apart, which can only find every fitting volume taken. So the work
    /// grows with the templates and the volumes, not with the replicas.
    /// </summary>
    public static IReadOnlyList<ClaimRequest> All(ManifestSet manifests, ClusterInventory inventory, IReadOnlyCollection<VolumeCandidate> volumes)
    {
        var oneByOne = Math.Max(ReplicasOneByOne, volumes.Count + 1);
        var claims = new List<ClaimRequest>();
        foreach (var site in WorkloadQueries.Claims(manifests))
        {
            var @namespace = ManifestSet.NamespaceOf(site.Owner) ?? "";
            var storageClass = StorageClassRequest.Of(site);
            // Every replica's claim gets a fresh UID; a standalone claim may carry one.
            var writtenUid = site.IsTemplate ? null : site.Metadata?.Uid;
            void Add(string name, int count = 1) =>
                claims.Add(new ClaimRequest(site, claims.Count, name, @namespace, writtenUid ?? LiveUid(inventory, @namespace, name), storageClass, count));

            if (site.ClaimNames is not ReplicaClaimNames replicas || replicas.Count <= oneByOne)
            {
                foreach (var name in site.ClaimNames)
                    Add(name);
                continue;
            }

            for (var i = 0; i < oneByOne; i++)
                Add(replicas[i]);
            var reserved = new SortedSet<int>(volumes
                .Select(v => v.ClaimRef?.Name is { } name && replicas.TryGetOrdinal(name, out var ordinal) ? ordinal - replicas.Start : -1)
                .Where(index => index >= oneByOne));
            foreach (var index in reserved)
                Add(replicas[index]);
            var first = oneByOne;
            while (reserved.Contains(first)) first++;
            if (first < replicas.Count)
                Add(replicas[first], replicas.Count - oneByOne - reserved.Count);
        }

        return claims;
    }

    private static string? LiveUid(ClusterInventory inventory, string @namespace, string name) =>
        inventory.FindLive(V1PersistentVolumeClaim.KubeKind, @namespace, name).FirstOrDefault() is V1PersistentVolumeClaim live
            ? (string.IsNullOrEmpty(live.Metadata?.Uid) ? null : live.Metadata!.Uid)
            : null;
}
