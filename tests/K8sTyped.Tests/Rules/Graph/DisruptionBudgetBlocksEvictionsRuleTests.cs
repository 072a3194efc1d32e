using K8sTyped.Models;
using static K8sTyped.Tests.Rules.Graph.DisruptionBudgetObjects;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class DisruptionBudgetBlocksEvictionsRuleTests
{
    private const string Id = "KT2014";

    private static V1StatefulSet Zk(int? replicas) => StatefulSet("zk", "zk-hs", replicas: replicas, labels: Labels("app=zk"));

    [Theory]
    [InlineData(0)]
    [InlineData("0%")]
    public void MaxUnavailable_zero_is_reported(object value)
    {
        IntOrString maxUnavailable = value is int count ? count : (string)value;

        var finding = RuleTestKit.Single(Id, "zk-pdb", "spec.maxUnavailable", Zk(3), Budget("zk-pdb", Labels("app=zk"), maxUnavailable: maxUnavailable));

        Assert.Contains("drain", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(3, "100%")]
    [InlineData(3, "67%")]   // 67% of 3 rounded up is 3
    [InlineData(null, 1)]    // replicas default to 1
    public void MinAvailable_of_at_least_the_replicas_is_reported(int? replicas, object value)
    {
        IntOrString minAvailable = value is int count ? count : (string)value;

        RuleTestKit.Single(Id, "zk-pdb", "spec.minAvailable", Zk(replicas), Budget("zk-pdb", Labels("app=zk"), minAvailable: minAvailable));
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(3, "66%")]   // 66% of 3 rounded up is 2
    public void MinAvailable_below_the_replicas_passes(int replicas, object value)
    {
        IntOrString minAvailable = value is int count ? count : (string)value;

        RuleTestKit.None(Id, Zk(replicas), Budget("zk-pdb", Labels("app=zk"), minAvailable: minAvailable));
    }

    [Fact]
    public void MaxUnavailable_one_passes() =>
        RuleTestKit.None(Id, Zk(3), Budget("zk-pdb", Labels("app=zk"), maxUnavailable: 1));

    [Fact]
    public void Replicas_of_several_selected_workloads_add_up() =>
        RuleTestKit.None(Id,
            StatefulSet("a", "a", replicas: 2, labels: Labels("tier=data", "app=a")),
            StatefulSet("b", "b", replicas: 2, labels: Labels("tier=data", "app=b")),
            Budget("data", Labels("tier=data"), minAvailable: 3));
}
