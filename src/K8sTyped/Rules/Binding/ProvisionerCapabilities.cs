namespace K8sTyped.Rules.Binding;

/// <summary>
/// Which access modes well-known provisioners cannot give to a Filesystem volume. Only what their drivers document is
/// listed; an unknown provisioner is assumed able to give everything. Block volumes are not judged: several block
/// drivers give ReadWriteMany to multi-attach disks (io2 on EBS, multi-writer Hyperdisk, Azure shared disks).
/// </summary>
internal static class ProvisionerCapabilities
{
    /// <summary>The provisioner of local-volume classes: it never creates volumes; an administrator creates the PVs.</summary>
    public const string NoProvisioner = "kubernetes.io/no-provisioner";

    private static readonly string[] s_noReadWriteMany = ["ReadWriteMany"];

    // Block disks attach read-write to one node. gce-pd and pd.csi give RWO and ROX; the EBS driver accepts only
    // SINGLE_NODE_WRITER (ebs-csi volumeCaps), so not ROX either. CSI drivers add ReadWriteOncePod; in-tree names are
    // migrated to their CSI driver, so both names share a row.
    // File provisioners (efs.csi.aws.com, file.csi.azure.com, filestore.csi.storage.gke.io, nfs.csi.k8s.io) give
    // ReadWriteMany and are deliberately absent: nothing to refuse.
    private static readonly Dictionary<string, string[]> s_cannotGive = new(StringComparer.Ordinal)
    {
        ["kubernetes.io/gce-pd"] = s_noReadWriteMany,
        ["pd.csi.storage.gke.io"] = s_noReadWriteMany,
        ["kubernetes.io/aws-ebs"] = ["ReadWriteMany", "ReadOnlyMany"],
        ["ebs.csi.aws.com"] = ["ReadWriteMany", "ReadOnlyMany"],
        ["kubernetes.io/azure-disk"] = s_noReadWriteMany,
        ["disk.csi.azure.com"] = s_noReadWriteMany,
        ["kubernetes.io/cinder"] = s_noReadWriteMany,
        ["cinder.csi.openstack.org"] = s_noReadWriteMany,
    };

    /// <summary>The access modes of <paramref name="requested"/> that <paramref name="provisioner"/> cannot give a volume of <paramref name="volumeMode"/>.</summary>
    public static IReadOnlyList<string> Refused(string provisioner, IEnumerable<string> requested, string volumeMode) =>
        volumeMode == VolumeCandidate.Filesystem && s_cannotGive.TryGetValue(provisioner, out var refused)
            ? requested.Where(refused.Contains).ToList()
            : [];
}
