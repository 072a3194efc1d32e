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
        // The two nearest volumes miss on different fields (access modes, size), so the finding stays on the claim.
        var finding = RuleTestKit.Single(
            Id,
            "claim-log-one",
            "spec",
            Pv("pv-log", "1Gi", [Rwo], storageClass: ""),
            Pv("pv-data", "10Mi", [Rwx], storageClass: ""),
            Pvc("claim-log-one", "50Mi", [Rwx], storageClass: ""));

        Assert.Equal(
            "Claim 'claim-log-one' asks ReadWriteMany and 50Mi with storageClassName \"\"; no PersistentVolume can bind it: " +
            "'pv-log' offers ReadWriteOnce (claim asks ReadWriteMany); 'pv-data' is 10Mi (claim asks 50Mi). " +
            "It stays Pending (\"no persistent volumes available for this claim and no storage class is set\").",
            finding.Message);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_replica_claim_of_a_no_provisioner_class_is_reported_at_the_class_of_its_template()
    {
        var finding = RuleTestKit.Single(
            Id,
            "db",
            "spec.volumeClaimTemplates[0].spec.storageClassName",
            StorageClass("local", "kubernetes.io/no-provisioner"),
            StatefulSet("db", 1, "data", ClaimSpec("1Gi", storageClass: "local")));

        Assert.Contains("Claim 'data-db-0' (template 'data' of StatefulSet 'db')", finding.Message, StringComparison.Ordinal);
        Assert.Contains("there is no PersistentVolume in these manifests", finding.Message, StringComparison.Ordinal);
        Assert.Contains("StorageClass 'local' has provisioner kubernetes.io/no-provisioner, which never creates volumes", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ReadWriteMany_claim_on_a_gce_pd_class_is_reported_at_its_access_modes()
    {
        var finding = RuleTestKit.Single(
            Id,
            "shared",
            "spec.accessModes",
            StorageClass("standard", "kubernetes.io/gce-pd"),
            Pvc("shared", "1Gi", [Rwx], storageClass: "standard"));

        Assert.Contains("kubernetes.io/gce-pd, which cannot give ReadWriteMany", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_with_a_selector_is_not_provisioned_and_is_reported_at_the_selector()
    {
        var finding = RuleTestKit.Single(
            Id,
            "data",
            "spec.selector",
            StorageClass("fast", "ebs.csi.aws.com"),
            Pv("pv-slow", "1Gi", storageClass: "fast", labels: new() { ["tier"] = "slow" }),
            Pvc("data", ClaimSpec("1Gi", storageClass: "fast", selector: new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["tier"] = "fast" } })));

        Assert.Contains("'pv-slow''s labels tier=slow do not match the claim's selector tier=fast", finding.Message, StringComparison.Ordinal);
        Assert.Contains("\"claim Selector is not supported\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_less_claim_on_a_cluster_without_default_class_is_reported_where_the_class_would_go()
    {
        var finding = RuleTestKit.Single(
            Id,
            "data",
            "spec.storageClassName",
            new ManifestSet([Pvc("data", "1Gi")], cluster: new ClusterProfile { HasDefaultStorageClass = false }));

        Assert.Contains("no storageClassName (the cluster has no default StorageClass", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("size", "spec.resources.requests[storage]")]
    [InlineData("volume mode", "spec.volumeMode")]
    [InlineData("class", "spec.storageClassName")]
    [InlineData("selector", "spec.selector")]
    [InlineData("access mode", "spec.accessModes")]
    public void The_claim_field_every_nearest_volume_misses_on_is_where_the_finding_points(string reason, string path)
    {
        var claim = reason switch
        {
            "size" => ClaimSpec("5Gi", storageClass: "local"),
            "volume mode" => ClaimSpec("1Gi", storageClass: "local", volumeMode: "Block"),
            "class" => ClaimSpec("1Gi", storageClass: "local"),
            "selector" => ClaimSpec("1Gi", storageClass: "local", selector: new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["disk"] = "ssd" } }),
            _ => ClaimSpec("1Gi", [Rwx], storageClass: "local"),
        };
        var volumeClass = reason == "class" ? "other" : "local";

        RuleTestKit.Single(
            Id,
            "data",
            path,
            StorageClass("local", "kubernetes.io/no-provisioner"),
            Pv("pv-a", "1Gi", storageClass: volumeClass),
            Pv("pv-b", "2Gi", storageClass: volumeClass),
            Pvc("data", claim));
    }

    [Fact]
    public void Nearest_volumes_that_miss_on_different_fields_leave_the_finding_on_the_claim()
    {
        RuleTestKit.Single(
            Id,
            "data",
            "spec",
            StorageClass("local", "kubernetes.io/no-provisioner"),
            Pv("pv-small", "1Gi", storageClass: "local"),
            Pv("pv-shared", "5Gi", [Rwx], storageClass: "local"),
            Pvc("data", "5Gi", storageClass: "local"));
    }

    [Fact]
    public void A_beta_annotation_class_is_where_the_finding_points_when_the_class_is_the_reason()
    {
        var claim = Pvc("data", ClaimSpec("1Gi", storageClass: "ignored"), new() { ["volume.beta.kubernetes.io/storage-class"] = "local" });

        var finding = RuleTestKit.Single(Id, "data", "metadata.annotations[volume.beta.kubernetes.io/storage-class]", StorageClass("local", "kubernetes.io/no-provisioner"), claim);

        Assert.Contains("volume.beta.kubernetes.io/storage-class \"local\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_nearest_volumes_and_the_class_are_related_origins_at_the_fields_that_differ()
    {
        var read = KubernetesYaml.Read(
            """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: { name: local }
            provisioner: kubernetes.io/no-provisioner
            volumeBindingMode: Immediate
            ---
            apiVersion: v1
            kind: PersistentVolume
            metadata: { name: pv-rwo }
            spec:
              capacity: { storage: 1Gi }
              accessModes: [ReadWriteOnce]
              storageClassName: local
              hostPath: { path: /data/a }
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: { name: data, namespace: shop }
            spec:
              storageClassName: local
              accessModes: [ReadWriteMany]
              resources:
                requests: { storage: 1Gi }
            """,
            "storage.yaml");

        var finding = RuleTestKit.Single(Id, "data", "spec.accessModes", read.ToManifestSet());

        Assert.Equal(21, finding.Origin!.Line);
        Assert.Equal([12, 4], RuleTestKit.RelatedLines(finding));
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

    [Fact]
    public void A_claim_only_a_volume_of_the_cluster_inventory_can_bind_is_clean_and_stays_Pending_without_it()
    {
        var existing = InPhase(Pv("pv-existing", "1Gi", storageClass: ""), "Available");

        RuleTestKit.None(Id, RuleTestKit.OnCluster([existing], Pvc("data", "1Gi", storageClass: "")));
        var finding = RuleTestKit.Single(Id, "data", "spec.storageClassName", RuleTestKit.OnCluster([StorageClass("unrelated", "ebs.csi.aws.com")], Pvc("data", "1Gi", storageClass: "")));
        Assert.Contains("there is no PersistentVolume in these manifests or the cluster inventory", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bound_or_released_volume_of_the_inventory_is_named_but_never_reported_on()
    {
        var finding = RuleTestKit.Single(
            Id,
            "data",
            "spec",
            RuleTestKit.OnCluster(
                [
                    InPhase(Pv("pv-bound", "1Gi", storageClass: "", claimRef: ClaimRef("other", uid: "u-1")), "Bound"),
                    InPhase(Pv("pv-released", "1Gi", storageClass: "", claimRef: ClaimRef("data", uid: "u-2")), "Released"),
                ],
                Pvc("data", "1Gi", storageClass: "")));

        Assert.Contains("'pv-bound' (in the cluster inventory) is bound to claim shop/other", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'pv-released' (in the cluster inventory) is Released: claim shop/data was deleted", finding.Message, StringComparison.Ordinal);
        Assert.All(RuleEngine.Validate(RuleTestKit.OnCluster([InPhase(Pv("pv-bound", "1Gi", claimRef: ClaimRef("x")), "Bound")])).Diagnostics, d => Assert.NotEqual("pv-bound", d.Object?.Name));
    }

    [Fact]
    public void A_no_provisioner_class_of_the_inventory_is_named_as_such()
    {
        var finding = RuleTestKit.Single(
            Id, "data", "spec.storageClassName", RuleTestKit.OnCluster([StorageClass("local", "kubernetes.io/no-provisioner")], Pvc("data", "1Gi", storageClass: "local")));

        Assert.Contains("StorageClass 'local' (in the cluster inventory) has provisioner kubernetes.io/no-provisioner", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_less_claim_gets_the_inventory_default_class()
    {
        var finding = RuleTestKit.Single(
            Id, "data", "spec.storageClassName", RuleTestKit.OnCluster([StorageClass("local", "kubernetes.io/no-provisioner", isDefault: true)], Pvc("data", "1Gi")));

        Assert.Contains("admission gives it the default StorageClass 'local' (in the cluster inventory)", finding.Message, StringComparison.Ordinal);
        RuleTestKit.None(Id, RuleTestKit.OnCluster([StorageClass("standard", "pd.csi.storage.gke.io", isDefault: true)], Pvc("data", "1Gi")));
    }
}
