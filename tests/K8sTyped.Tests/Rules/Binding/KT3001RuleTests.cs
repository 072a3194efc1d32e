using K8sTyped.Models;
using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.Binding.BindingObjects;

namespace K8sTyped.Tests.Rules.Binding;

public class KT3001RuleTests
{
    private const string Id = "KT3001";

    [Fact]
    public void A_claim_no_volume_fits_and_no_class_provisions_names_the_nearest_volumes_and_the_controller_event()
    {
        var finding = RuleTestKit.Single(
            Id,
            "claim-log-one",
            "spec",
            Pv("pv-log", "1Gi", [Rwo], storageClass: ""),
            Pv("pv-data", "10Mi", [Rwx], storageClass: ""),
            Pvc("claim-log-one", "50Mi", [Rwx], storageClass: ""));

        Assert.Equal(
            "claim claim-log-one asks ReadWriteMany and 50Mi with storageClassName \"\"; no PersistentVolume can bind it: " +
            "pv-log offers ReadWriteOnce (claim asks ReadWriteMany); pv-data is 10Mi (claim asks 50Mi). " +
            "It stays Pending (\"no persistent volumes available for this claim and no storage class is set\").",
            finding.Message);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_replica_claim_of_a_no_provisioner_class_is_reported_on_its_template()
    {
        var finding = RuleTestKit.Single(
            Id,
            "db",
            "spec.volumeClaimTemplates[0]",
            StorageClass("local", "kubernetes.io/no-provisioner"),
            StatefulSet("db", 1, "data", ClaimSpec("1Gi", storageClass: "local")));

        Assert.Contains("claim data-db-0 (template data of StatefulSet db)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("there is no PersistentVolume in these manifests", finding.Message, StringComparison.Ordinal);
        Assert.Contains("kubernetes.io/no-provisioner, which never creates volumes", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ReadWriteMany_claim_on_a_gce_pd_class_cannot_be_provisioned()
    {
        var finding = RuleTestKit.Single(
            Id,
            "shared",
            "spec",
            StorageClass("standard", "kubernetes.io/gce-pd"),
            Pvc("shared", "1Gi", [Rwx], storageClass: "standard"));

        Assert.Contains("kubernetes.io/gce-pd, which cannot give ReadWriteMany", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_with_a_selector_is_not_provisioned()
    {
        var finding = RuleTestKit.Single(
            Id,
            "data",
            "spec",
            StorageClass("fast", "ebs.csi.aws.com"),
            Pv("pv-slow", "1Gi", storageClass: "fast", labels: new() { ["tier"] = "slow" }),
            Pvc("data", ClaimSpec("1Gi", storageClass: "fast", selector: new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["tier"] = "fast" } })));

        Assert.Contains("pv-slow's labels do not match the claim's selector", finding.Message, StringComparison.Ordinal);
        Assert.Contains("\"claim Selector is not supported\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_less_claim_on_a_cluster_without_default_class_is_reported()
    {
        var finding = RuleTestKit.Single(
            Id,
            "data",
            "spec",
            new ManifestSet([Pvc("data", "1Gi")], cluster: new ClusterProfile { HasDefaultStorageClass = false }));

        Assert.Contains("no storageClassName (the cluster has no default StorageClass", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fitting_volume_or_a_provisioning_class_passes()
    {
        RuleTestKit.None(Id, Pv("pv-log", "1Gi", [Rwx], storageClass: ""), Pvc("claim-log-one", "50Mi", [Rwx], storageClass: ""));
        RuleTestKit.None(Id, StorageClass("shared", "filestore.csi.storage.gke.io"), Pvc("shared", "1Gi", [Rwx], storageClass: "shared"));
    }

    [Fact]
    public void What_depends_on_the_cluster_is_not_claimed_to_stay_Pending()
    {
        // A class outside the manifests (KT2010 reports the reference), or an unknown default class.
        RuleTestKit.None(Id, Pvc("data", "1Gi", storageClass: "premium"));
        RuleTestKit.None(Id, Pvc("data", "1Gi"));
    }

    [Fact]
    public void A_claim_that_lost_a_volume_to_another_claim_is_left_to_KT3002()
    {
        RuleTestKit.None(Id, Pv("pv-only", "1Gi", storageClass: ""), Pvc("first", "1Gi", storageClass: ""), Pvc("second", "1Gi", storageClass: ""));
    }
}
