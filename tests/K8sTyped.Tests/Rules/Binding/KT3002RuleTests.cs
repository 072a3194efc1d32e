using static K8sTyped.Tests.Rules.Binding.BindingObjects;

namespace K8sTyped.Tests.Rules.Binding;

public class KT3002RuleTests
{
    private const string Id = "KT3002";

    [Fact]
    public void Two_claims_for_the_only_fitting_volume_report_the_loser_naming_both_and_the_volume()
    {
        var finding = RuleTestKit.Single(
            Id,
            "second",
            "spec",
            Pv("pv-only", "1Gi", storageClass: ""),
            Pvc("first", "1Gi", storageClass: ""),
            Pvc("second", "1Gi", storageClass: ""));

        Assert.Contains("Claim 'second' and claim 'first' both fit PersistentVolume 'pv-only'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("the other stays Pending", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_third_replica_of_three_with_two_volumes_is_reported_on_the_template()
    {
        var finding = RuleTestKit.Single(
            Id,
            "db",
            "spec.volumeClaimTemplates[0]",
            Pv("pv-1", "1Gi", storageClass: ""),
            Pv("pv-2", "1Gi", storageClass: ""),
            StatefulSet("db", 3, "data", ClaimSpec("1Gi", storageClass: "")));

        Assert.StartsWith("Claim 'data-db-2' (template 'data' of StatefulSet 'db') fits PersistentVolumes 'pv-1', 'pv-2'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'data-db-0' takes 'pv-1', 'data-db-1' takes 'pv-2'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_winning_claim_and_the_volume_are_related_origins()
    {
        var read = KubernetesYaml.Read(
            """
            apiVersion: v1
            kind: PersistentVolume
            metadata: { name: pv-only }
            spec: { capacity: { storage: 1Gi }, accessModes: [ReadWriteOnce], storageClassName: "", hostPath: { path: /a } }
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: { name: first, namespace: shop }
            spec: { storageClassName: "", accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: { name: second, namespace: shop }
            spec: { storageClassName: "", accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
            """,
            "claims.yaml");

        var finding = RuleTestKit.Single(Id, "second", "spec", read.ToManifestSet());

        Assert.Equal(14, finding.Origin!.Line);
        Assert.Equal([9, 1], RuleTestKit.RelatedLines(finding));
    }

    [Fact]
    public void A_claim_that_an_inventory_volume_would_fit_still_loses_it_to_a_claim_of_the_manifests()
    {
        var finding = RuleTestKit.Single(
            Id,
            "second",
            "spec",
            RuleTestKit.OnCluster([InPhase(Pv("pv-existing", "1Gi", storageClass: ""), "Available")], Pvc("first", "1Gi", storageClass: ""), Pvc("second", "1Gi", storageClass: "")));

        Assert.Contains("PersistentVolume 'pv-existing' (in the cluster inventory)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enough_volumes_or_a_provisioning_class_pass()
    {
        RuleTestKit.None(Id, Pv("pv-1", "1Gi", storageClass: ""), Pv("pv-2", "1Gi", storageClass: ""), Pvc("first", "1Gi", storageClass: ""), Pvc("second", "1Gi", storageClass: ""));
        RuleTestKit.None(
            Id,
            StorageClass("fast", "ebs.csi.aws.com"),
            Pv("pv-only", "1Gi", storageClass: "fast"),
            Pvc("first", "1Gi", storageClass: "fast"),
            Pvc("second", "1Gi", storageClass: "fast"));
    }
}
