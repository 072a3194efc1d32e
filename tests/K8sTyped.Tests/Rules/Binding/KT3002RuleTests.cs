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

        Assert.Contains("claim second and claim first both fit PersistentVolume pv-only", finding.Message, StringComparison.Ordinal);
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

        Assert.StartsWith("claim data-db-2 (template data of StatefulSet db) fits PersistentVolumes pv-1, pv-2", finding.Message, StringComparison.Ordinal);
        Assert.Contains("data-db-0 takes pv-1, data-db-1 takes pv-2", finding.Message, StringComparison.Ordinal);
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
