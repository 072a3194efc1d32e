using static K8sTyped.Tests.Rules.RuleTestKit;
using static K8sTyped.Tests.Rules.Storage.StorageObjects;

namespace K8sTyped.Tests.Rules.Storage;

public class ReadWriteOncePodNotExclusiveRuleTests
{
    private const string Id = "KT1303";

    [Fact]
    public void A_claim_combining_ReadWriteOncePod_with_another_mode_is_reported()
    {
        var finding = Single(Id, "data", "spec.accessModes", Claim("data", "1Gi", "ReadWriteOncePod", "ReadWriteOnce"));

        Assert.Equal(K8sTyped.Rules.Severity.Error, finding.Severity);
        Assert.Contains("Claim 'data' combines ReadWriteOncePod with ReadWriteOnce", finding.Message);
        Assert.Contains("may not use ReadWriteOncePod with other access modes", finding.Message);
    }

    [Fact]
    public void ReadWriteOncePod_alone_and_other_modes_together_are_not_reported()
    {
        None(
            Id,
            Claim("a", "1Gi", "ReadWriteOncePod"),
            Claim("b", "1Gi", "ReadWriteOnce", "ReadOnlyMany"),
            Volume("pv", spec => spec.AccessModes = ["ReadWriteOncePod"]));
    }

    [Fact]
    public void A_claim_template_is_reported_on_the_StatefulSet()
    {
        var finding = Single(
            Id, "db", "spec.volumeClaimTemplates[0].spec.accessModes", StatefulSet("db", ClaimSpec("1Gi", "ReadWriteMany", "ReadWriteOncePod")));

        Assert.Contains("Claim template 'data-0' of StatefulSet 'db' combines ReadWriteOncePod with ReadWriteMany", finding.Message);
    }

    [Fact]
    public void A_PersistentVolume_combining_ReadWriteOncePod_with_other_modes_is_reported_with_each_of_them()
    {
        var volume = Volume("pv", spec => spec.AccessModes = ["ReadOnlyMany", "ReadWriteOncePod", "ReadWriteMany"]);

        var finding = Single(Id, "pv", "spec.accessModes", volume);

        Assert.Contains("PersistentVolume 'pv' combines ReadWriteOncePod with ReadOnlyMany, ReadWriteMany", finding.Message);
    }

    [Fact]
    public void An_unknown_mode_is_not_counted_as_another_mode()
    {
        None(Id, Claim("data", "1Gi", "ReadWriteOncePod", "ReadWriteSometimes"));
    }
}
