using static K8sTyped.Tests.Rules.RuleTestKit;
using static K8sTyped.Tests.Rules.Storage.StorageObjects;

namespace K8sTyped.Tests.Rules.Storage;

public class StorageClassRecycleRuleTests
{
    private const string Id = "KT1308";

    [Fact]
    public void A_StorageClass_with_Recycle_is_reported()
    {
        var finding = Single(Id, "fast", "reclaimPolicy", StorageClass("fast", c => c.ReclaimPolicy = "Recycle"));

        Assert.Equal(K8sTyped.Rules.Severity.Error, finding.Severity);
        Assert.Contains("StorageClass 'fast' has reclaimPolicy Recycle", finding.Message);
        Assert.Contains("supported values: \"Delete\", \"Retain\"", finding.Message);
    }

    [Fact]
    public void Delete_Retain_and_the_default_are_not_reported()
    {
        None(
            Id,
            StorageClass("delete"),
            StorageClass("retain", c => c.ReclaimPolicy = "Retain"),
            StorageClass("default", c => c.ReclaimPolicy = null));
    }

    [Fact]
    public void A_PersistentVolume_with_Recycle_is_not_a_StorageClass_finding()
    {
        None(Id, HostPathVolume("pv", "/data", "Recycle"));
    }
}
