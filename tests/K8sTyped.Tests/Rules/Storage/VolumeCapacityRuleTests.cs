using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;
using static K8sTyped.Tests.Rules.Storage.StorageObjects;

namespace K8sTyped.Tests.Rules.Storage;

public class VolumeCapacityRuleTests
{
    private const string Id = "KT1305";

    [Fact]
    public void A_PersistentVolume_without_capacity_is_reported()
    {
        var finding = Single(Id, "pv", "spec.capacity", Volume("pv", spec => spec.Capacity = null));

        Assert.Equal(K8sTyped.Rules.Severity.Error, finding.Severity);
        Assert.Contains("PersistentVolume 'pv' has no capacity", finding.Message);
        Assert.Contains("Required value", finding.Message);
    }

    [Fact]
    public void A_positive_storage_capacity_is_not_reported()
    {
        None(Id, Volume("pv"), Volume("tiny", spec => spec.Capacity!["storage"] = "1"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-10Gi")]
    public void A_zero_or_negative_storage_capacity_is_reported(string storage)
    {
        var finding = Single(Id, "pv", "spec.capacity[storage]", Volume("pv", spec => spec.Capacity!["storage"] = storage));

        Assert.Contains($"capacity of {storage}", finding.Message);
        Assert.Contains("must be greater than zero", finding.Message);
    }

    [Fact]
    public void An_empty_capacity_map_is_reported_as_missing()
    {
        Single(Id, "pv", "spec.capacity", Volume("pv", spec => spec.Capacity = new Dictionary<string, Quantity>()));
    }

    [Fact]
    public void Each_key_other_than_storage_is_reported_and_a_missing_storage_key_too()
    {
        var volume = Volume("pv", spec => spec.Capacity = new Dictionary<string, Quantity> { ["memory"] = "1Gi", ["cpu"] = "1" });

        var findings = Findings(Id, volume);

        Assert.Equal(["spec.capacity[cpu]", "spec.capacity[memory]", "spec.capacity[storage]"], findings.Select(f => f.Path));
        Assert.Contains("capacity key 'cpu'", findings[0].Message);
        Assert.Contains("has no capacity.storage", findings[2].Message);
    }
}
