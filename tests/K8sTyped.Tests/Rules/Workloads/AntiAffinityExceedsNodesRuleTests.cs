using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;
using static K8sTyped.Tests.Rules.Workloads.SpreadObjects;

namespace K8sTyped.Tests.Rules.Workloads;

public class AntiAffinityExceedsNodesRuleTests
{
    private const string Id = "KT1207";

    private static ManifestSet OnNodes(int? nodes, params K8sTyped.Models.IKubernetesObject[] objects) => new(objects, cluster: new ClusterProfile { NodeCount = nodes });

    [Fact]
    public void More_replicas_than_nodes_under_hostname_anti_affinity_is_reported()
    {
        var finding = RuleTestKit.Single(Id, "kafka", "spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]",
            OnNodes(3, WithAntiAffinity("kafka", 5, Labels("app=kafka"), Labels("app=kafka"))));

        Assert.Contains("2 pods stay Pending", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void As_many_replicas_as_nodes_passes() =>
        RuleTestKit.None(Id, OnNodes(3, WithAntiAffinity("kafka", 3, Labels("app=kafka"), Labels("app=kafka"))));

    [Fact]
    public void An_unknown_node_count_says_nothing() =>
        RuleTestKit.None(Id, OnNodes(null, WithAntiAffinity("kafka", 5, Labels("app=kafka"), Labels("app=kafka"))));

    [Fact]
    public void Zone_anti_affinity_is_not_judged_by_the_node_count() =>
        RuleTestKit.None(Id, OnNodes(3, WithAntiAffinity("kafka", 5, Labels("app=kafka"), Labels("app=kafka"), "topology.kubernetes.io/zone")));
}
