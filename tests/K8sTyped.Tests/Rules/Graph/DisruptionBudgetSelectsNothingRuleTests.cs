using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.Graph.DisruptionBudgetObjects;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class DisruptionBudgetSelectsNothingRuleTests
{
    private const string Id = "KT2012";

    [Fact]
    public void A_budget_whose_selector_matches_no_pod_is_reported()
    {
        var finding = RuleTestKit.Single(Id, "zk-pdb", "spec.selector",
            StatefulSet("zk", "zk-hs", replicas: 3, labels: Labels("app=zk")),
            Budget("zk-pdb", Labels("app=zookeeper"), maxUnavailable: 1));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("protects nothing", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_budget_without_a_selector_selects_no_pods() =>
        RuleTestKit.Single(Id, "zk-pdb", "spec.selector", StatefulSet("zk", "zk-hs", labels: Labels("app=zk")), Budget("zk-pdb", null, maxUnavailable: 1));

    [Fact]
    public void A_budget_in_another_namespace_than_its_pods_is_reported() =>
        RuleTestKit.Single(Id, "zk-pdb", "spec.selector",
            StatefulSet("zk", "zk-hs", @namespace: "a", labels: Labels("app=zk")),
            StatefulSet("other", "other", @namespace: "b"),
            Budget("zk-pdb", Labels("app=zk"), maxUnavailable: 1, @namespace: "b"));

    [Fact]
    public void A_budget_selecting_the_workloads_pods_passes() =>
        RuleTestKit.None(Id, StatefulSet("zk", "zk-hs", labels: Labels("app=zk", "tier=quorum")), Budget("zk-pdb", Labels("app=zk"), maxUnavailable: 1));

    [Fact]
    public void Pods_of_the_cluster_inventory_count() =>
        RuleTestKit.None(Id, RuleTestKit.OnCluster([StatefulSet("zk", "zk-hs", labels: Labels("app=zk"))], Budget("zk-pdb", Labels("app=zk"), maxUnavailable: 1)));
}
