using static K8sTyped.Tests.Rules.Graph.DisruptionBudgetObjects;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class DisruptionBudgetSpansWorkloadsRuleTests
{
    private const string Id = "KT2013";

    [Fact]
    public void A_budget_matching_two_workloads_pods_is_reported_naming_both()
    {
        var finding = RuleTestKit.Single(Id, "data", "spec.selector",
            StatefulSet("kafka", "kafka", labels: Labels("app=kafka", "tier=data")),
            StatefulSet("zk", "zk-hs", labels: Labels("app=zk", "tier=data")),
            Budget("data", Labels("tier=data"), maxUnavailable: 1));

        Assert.Contains("StatefulSet 'kafka'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("StatefulSet 'zk'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_budget_per_workload_passes() =>
        RuleTestKit.None(Id,
            StatefulSet("kafka", "kafka", labels: Labels("app=kafka", "tier=data")),
            StatefulSet("zk", "zk-hs", labels: Labels("app=zk", "tier=data")),
            Budget("kafka", Labels("app=kafka"), maxUnavailable: 1),
            Budget("zk", Labels("app=zk"), maxUnavailable: 1));
}
