using K8sTyped.Models;

namespace K8sTyped.Rules.Storage;

/// <summary>
/// KT1310: the in-tree awsElasticBlockStore driver was removed in Kubernetes 1.27. The field is still accepted, but
/// every operation is redirected to the EBS CSI driver, so the volume only works where that driver is installed.
/// </summary>
internal sealed class InTreeAwsElasticBlockStoreRule : Rule
{
    private const string CsiDriver = "ebs.csi.aws.com";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.InTreeAwsElasticBlockStore;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var volume in context.Manifests.OfType<V1PersistentVolume>())
        {
            if (volume.Spec?.AwsElasticBlockStore is not { } ebs) continue;
            context.Report(
                Descriptor,
                volume,
                "spec.awsElasticBlockStore",
                $"PersistentVolume '{ManifestSet.NameOf(volume)}' uses awsElasticBlockStore, whose in-tree driver was removed in "
                + $"Kubernetes 1.27: it is redirected to the {CsiDriver} CSI driver and fails to attach where that driver is not installed. "
                + $"Replace it with {CsiSource(ebs)}.");
        }

        foreach (var site in WorkloadQueries.PodSpecs(context.Manifests))
        {
            var volumes = site.Spec.Volumes;
            if (volumes is null) continue;
            for (var i = 0; i < volumes.Count; i++)
            {
                if (volumes[i]?.AwsElasticBlockStore is not { } ebs) continue;
                context.Report(
                    Descriptor,
                    site.Owner,
                    $"{site.Path}.volumes[{i}].awsElasticBlockStore",
                    $"Pod volume '{volumes[i].Name}' of {site.Owner.Kind} '{ManifestSet.NameOf(site.Owner)}' uses awsElasticBlockStore, whose "
                    + $"in-tree driver was removed in Kubernetes 1.27: it is redirected to the {CsiDriver} CSI driver and the pod stays in "
                    + $"ContainerCreating where that driver is not installed. The EBS CSI driver has no inline volumes: describe the disk "
                    + $"with a PersistentVolume whose source is {CsiSource(ebs)}, and mount it through a persistentVolumeClaim volume "
                    + $"(or let a StorageClass with provisioner {CsiDriver} create it).");
            }
        }
    }

    // The CSI form of the same disk: the driver's volume handle is the bare EBS id, without the aws://<zone>/ prefix.
    private static string CsiSource(V1AWSElasticBlockStoreVolumeSource ebs)
    {
        var volumeId = ebs.VolumeID ?? "";
        var handle = volumeId.Substring(volumeId.LastIndexOf('/') + 1);
        var fields = new List<string> { $"driver: {CsiDriver}", $"volumeHandle: {(handle.Length == 0 ? "<EBS volume id>" : handle)}" };
        if (!string.IsNullOrEmpty(ebs.FsType)) fields.Add($"fsType: {ebs.FsType}");
        if (ebs.ReadOnly == true) fields.Add("readOnly: true");
        return $"csi: {{{string.Join(", ", fields)}}}";
    }
}
