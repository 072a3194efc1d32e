using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.Binding.BindingObjects;

namespace K8sTyped.Tests.Rules.Binding;

public class KT3003RuleTests
{
    private const string Id = "KT3003";

    [Fact]
    public void A_volumeName_naming_a_too_small_volume_quotes_the_controller()
    {
        var finding = RuleTestKit.Single(Id, "data", "spec.volumeName", Pv("pv-a", "1Gi", storageClass: ""), Pvc("data", "5Gi", storageClass: "", volumeName: "pv-a"));

        Assert.Contains("Cannot bind to requested volume \\\"pv-a\\\": requested PV is too small", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'pv-a' is 1Gi (claim asks 5Gi)", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("manual", null, Rwo, "storageClassName does not match")]
    [InlineData("", "Block", Rwo, "incompatible volumeMode")]
    [InlineData("", null, Rwx, "incompatible accessMode")]
    public void Each_failed_check_of_a_volumeName_gives_the_controller_message(string volumeClass, string? claimVolumeMode, string claimMode, string expected)
    {
        var finding = RuleTestKit.Single(
            Id,
            "data",
            "spec.volumeName",
            Pv("pv-a", "1Gi", [Rwo], storageClass: volumeClass),
            Pvc("data", ClaimSpec("1Gi", [claimMode], storageClass: "", volumeName: "pv-a", volumeMode: claimVolumeMode)));

        Assert.Contains($"requested volume \\\"pv-a\\\": {expected}\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_volumeName_naming_a_volume_reserved_for_another_claim_is_reported()
    {
        var finding = RuleTestKit.Single(
            Id,
            "data",
            "spec.volumeName",
            Pv("pv-a", "1Gi", storageClass: "", claimRef: ClaimRef("owner")),
            Pvc("owner", "1Gi", storageClass: ""),
            Pvc("data", "1Gi", storageClass: "", volumeName: "pv-a"));

        Assert.Contains("its claimRef reserves it for claim shop/owner", finding.Message, StringComparison.Ordinal);
        Assert.Contains("already bound to a different claim.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_replica_of_a_template_naming_one_volume_after_the_first_is_reported()
    {
        var findings = RuleTestKit.Findings(
            Id,
            new ManifestSet([Pv("pv-a", "1Gi", storageClass: ""), StatefulSet("db", 2, "data", ClaimSpec("1Gi", storageClass: "", volumeName: "pv-a"))]));

        var finding = Assert.Single(findings);
        Assert.Equal("spec.volumeClaimTemplates[0].spec.volumeName", finding.Path);
        Assert.Contains("Claim 'data-db-1' (template 'data' of StatefulSet 'db') names PersistentVolume 'pv-a' in volumeName, but claim 'data-db-0'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claimRef_to_a_claim_the_volume_cannot_serve_is_reported_on_the_volume()
    {
        var finding = RuleTestKit.Single(Id, "pv-a", "spec.claimRef", Pv("pv-a", "1Gi", storageClass: "", claimRef: ClaimRef("data")), Pvc("data", "5Gi", storageClass: ""));

        Assert.Contains("reserved by claimRef for claim 'data', which it cannot serve: 'pv-a' is 1Gi (claim asks 5Gi)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("stays Available", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claimRef_to_a_claim_outside_the_manifests_is_a_warning_unless_declared_external()
    {
        var finding = RuleTestKit.Single(Id, "pv-a", "spec.claimRef", Pv("pv-a", "1Gi", storageClass: "", claimRef: ClaimRef("gone")));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("claim shop/gone, which is not in these manifests", finding.Message, StringComparison.Ordinal);
        RuleTestKit.None(
            Id,
            new ManifestSet([Pv("pv-a", "1Gi", storageClass: "", claimRef: ClaimRef("gone"))], externals: new ExternalObjects().Declare("PersistentVolumeClaim", "shop", "gone")));
    }

    [Fact]
    public void A_claimRef_with_a_UID_is_reported_at_the_UID()
    {
        var finding = RuleTestKit.Single(Id, "pv-a", "spec.claimRef.uid", Pv("pv-a", "1Gi", storageClass: "", claimRef: ClaimRef("data", uid: "4f7c")), Pvc("data", "1Gi", storageClass: ""));

        Assert.Contains("gets a new UID", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_volumeName_naming_an_inventory_volume_bound_to_another_claim_is_reported_on_the_claim_only()
    {
        var finding = RuleTestKit.Single(
            Id,
            "data",
            "spec.volumeName",
            RuleTestKit.OnCluster([InPhase(Pv("pv-a", "1Gi", storageClass: "", claimRef: ClaimRef("owner", uid: "u-1")), "Bound")], Pvc("data", "1Gi", storageClass: "", volumeName: "pv-a")));

        Assert.Contains("PersistentVolume 'pv-a' (in the cluster inventory) in volumeName, but it is bound to claim shop/owner", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claimRef_to_a_claim_of_the_cluster_inventory_or_with_its_live_UID_passes()
    {
        RuleTestKit.None(Id, RuleTestKit.OnCluster([Pvc("gone", "1Gi", storageClass: "")], Pv("pv-a", "1Gi", storageClass: "", claimRef: ClaimRef("gone"))));
        RuleTestKit.None(Id, RuleTestKit.OnCluster([Live(Pvc("data", "1Gi", storageClass: ""), "4f7c")], Pv("pv-a", "1Gi", storageClass: "", claimRef: ClaimRef("data", uid: "4f7c")), Pvc("data", "1Gi", storageClass: "")));
    }

    [Fact]
    public void The_volume_a_volumeName_names_is_a_related_origin_at_the_field_that_fails()
    {
        var read = KubernetesYaml.Read(
            """
            apiVersion: v1
            kind: PersistentVolume
            metadata: { name: pv-a }
            spec:
              capacity: { storage: 1Gi }
              accessModes: [ReadWriteOnce]
              storageClassName: ""
              hostPath: { path: /a }
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: { name: data, namespace: shop }
            spec: { volumeName: pv-a, storageClassName: "", accessModes: [ReadWriteOnce], resources: { requests: { storage: 5Gi } } }
            """,
            "claims.yaml");

        var finding = RuleTestKit.Single(Id, "data", "spec.volumeName", read.ToManifestSet());

        Assert.Equal([5], RuleTestKit.RelatedLines(finding));
    }

    [Fact]
    public void Matching_pre_bindings_pass()
    {
        RuleTestKit.None(Id, Pv("pv-a", "1Gi", storageClass: ""), Pvc("data", "1Gi", storageClass: "", volumeName: "pv-a"));
        RuleTestKit.None(Id, Pv("pv-a", "5Gi", storageClass: "", claimRef: ClaimRef("data")), Pvc("data", "1Gi", storageClass: ""));
        RuleTestKit.None(Id, Pv("pv-a", "1Gi", storageClass: "", claimRef: ClaimRef("data")), Pvc("data", "1Gi", storageClass: "", volumeName: "pv-a"));
    }
}
