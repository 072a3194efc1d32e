using K8sTyped;

namespace StorageClasses;

/// <summary>
/// Three tiers of GCE persistent disk and a claim provisioned through the gold tier, used by the Deployment that writes
/// the reports.
/// </summary>
public static class StorageClassesManifests
{
    public const string TargetNamespace = "analytics";
    private const string GcePersistentDisk = "kubernetes.io/gce-pd";

    public static Application Build()
    {
        // The default tier: cheap, and its disks go away with their claims.
        var silver = StorageClass.Named("silver")
            .Provisioner(GcePersistentDisk)
            .Parameter("type", "pd-standard")
            .ReclaimPolicy(ReclaimPolicy.Delete)
            .VolumeBindingMode(VolumeBindingMode.WaitForFirstConsumer)
            .AsDefault();

        // Data on SSD outlives its claim, so a deleted claim never deletes the disk.
        var gold = StorageClass.Named("gold")
            .Provisioner(GcePersistentDisk)
            .Parameter("type", "pd-ssd")
            .ReclaimPolicy(ReclaimPolicy.Retain)
            .VolumeBindingMode(VolumeBindingMode.WaitForFirstConsumer)
            .AllowVolumeExpansion();

        // A regional disk is replicated across two zones; waiting for the pod lets the scheduler pick them.
        var platinum = StorageClass.Named("platinum")
            .Provisioner(GcePersistentDisk)
            .Parameter("type", "pd-ssd")
            .Parameter("replication-type", "regional-pd")
            .ReclaimPolicy(ReclaimPolicy.Retain)
            .VolumeBindingMode(VolumeBindingMode.WaitForFirstConsumer)
            .AllowVolumeExpansion();

        var reports = PersistentVolumeClaim.Named("reports")
            .StorageClass(gold)
            .AccessModes(AccessMode.ReadWriteOnce)
            .Requesting("10Gi");

        // gold waits for the first consumer: this is the pod that makes the disk exist. A ReadWriteOnce disk attaches to
        // one node, so the old pod must be gone before the new one starts (Recreate, not a rolling update).
        var labels = Labels.Of("app", "report-writer");
        var writer = Deployment.Named("report-writer")
            .Replicas(1)
            .Recreate()
            .Pods(labels, pod => pod
                .Container("writer", "busybox:1.37", c => c
                    .Command("sh", "-c", "while true; do date >> /reports/heartbeat.log; sleep 60; done")
                    .Requests(cpu: "10m", memory: "16Mi")
                    .Mount("reports", "/reports"))
                .ClaimVolume("reports", reports));

        return Application.Named("storage-classes")
            .InNamespace(TargetNamespace)
            .Add(Namespace.Named(TargetNamespace), silver, gold, platinum, reports, writer);
    }
}
