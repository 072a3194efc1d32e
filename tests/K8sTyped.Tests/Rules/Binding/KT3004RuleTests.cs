using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.Binding.BindingObjects;

namespace K8sTyped.Tests.Rules.Binding;

public class KT3004RuleTests
{
    private const string Id = "KT3004";

    [Fact]
    public void A_WaitForFirstConsumer_claim_no_pod_mounts_stays_Pending()
    {
        var finding = RuleTestKit.Single(
            Id,
            "scratch",
            "spec",
            StorageClass("fast", "ebs.csi.aws.com", bindingMode: "WaitForFirstConsumer"),
            Pvc("scratch", "1Gi", storageClass: "fast"));

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("no pod in these manifests mounts it", finding.Message, StringComparison.Ordinal);
        Assert.Contains("waiting for first consumer to be created before binding", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replica_claim_bound_to_a_local_volume_pins_its_pod()
    {
        var finding = RuleTestKit.Single(
            Id,
            "db",
            "spec.volumeClaimTemplates[0]",
            StorageClass("local", "kubernetes.io/no-provisioner", bindingMode: "WaitForFirstConsumer"),
            Pv("pv-local", "1Gi", storageClass: "local", local: true),
            StatefulSet("db", 1, "data", ClaimSpec("1Gi", storageClass: "local")));

        Assert.Contains("Claim 'data-db-0'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("node-bound PersistentVolume 'pv-local'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_WaitForFirstConsumer_class_of_the_inventory_counts_and_a_pod_of_the_inventory_consumes()
    {
        var waiting = StorageClass("fast", "ebs.csi.aws.com", bindingMode: "WaitForFirstConsumer");

        var finding = RuleTestKit.Single(Id, "scratch", "spec", RuleTestKit.OnCluster([waiting], Pvc("scratch", "1Gi", storageClass: "fast")));
        Assert.Contains("uses StorageClass 'fast' (in the cluster inventory) with volumeBindingMode WaitForFirstConsumer", finding.Message, StringComparison.Ordinal);
        RuleTestKit.None(Id, RuleTestKit.OnCluster([waiting, PodMounting("worker", "scratch")], Pvc("scratch", "1Gi", storageClass: "fast")));
    }

    [Fact]
    public void A_mounted_claim_or_an_Immediate_class_passes()
    {
        RuleTestKit.None(
            Id,
            StorageClass("fast", "ebs.csi.aws.com", bindingMode: "WaitForFirstConsumer"),
            Pvc("scratch", "1Gi", storageClass: "fast"),
            PodMounting("worker", "scratch"));
        RuleTestKit.None(Id, StorageClass("fast", "ebs.csi.aws.com"), Pvc("scratch", "1Gi", storageClass: "fast"));
    }

    [Fact]
    public void A_claim_pre_bound_to_its_volume_does_not_wait()
    {
        var localClass = StorageClass("local", "kubernetes.io/no-provisioner", bindingMode: "WaitForFirstConsumer");

        RuleTestKit.None(Id, localClass, Pv("pv-local", "1Gi", storageClass: "local", local: true), Pvc("data", "1Gi", storageClass: "local", volumeName: "pv-local"));
        RuleTestKit.None(Id, localClass, Pv("pv-local", "1Gi", storageClass: "local", local: true, claimRef: ClaimRef("data")), Pvc("data", "1Gi", storageClass: "local"));
    }
}
