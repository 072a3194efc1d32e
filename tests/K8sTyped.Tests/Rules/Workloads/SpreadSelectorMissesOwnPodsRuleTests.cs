using K8sTyped.Models;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;
using static K8sTyped.Tests.Rules.Workloads.SpreadObjects;

namespace K8sTyped.Tests.Rules.Workloads;

public class SpreadSelectorMissesOwnPodsRuleTests
{
    private const string Id = "KT1206";

    [Fact]
    public void The_zookeeper_tutorials_anti_affinity_is_reported()
    {
        var set = WithAntiAffinity("zk", 3, Labels("app.kubernetes.io/name=zk"), Labels("app=zk"));
        set.Spec!.Template!.Spec!.Affinity!.PodAntiAffinity!.RequiredDuringSchedulingIgnoredDuringExecution![0].LabelSelector =
            new V1LabelSelector { MatchExpressions = [new V1LabelSelectorRequirement { Key = "app", Operator = "In", Values = ["zk"] }] };

        var finding = RuleTestKit.Single(Id, "zk", "spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector", set);

        Assert.Contains("does not keep these pods apart", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anti_affinity_on_the_workloads_own_labels_passes() =>
        RuleTestKit.None(Id, WithAntiAffinity("zk", 3, Labels("app=zk"), Labels("app=zk")));

    [Fact]
    public void Anti_affinity_keeping_away_from_another_workload_passes() =>
        RuleTestKit.None(Id, WithAntiAffinity("kafka", 3, Labels("app=kafka"), Labels("app=zk")), StatefulSet("zk", "zk", labels: Labels("app=zk")));

    [Fact]
    public void A_DoNotSchedule_spread_missing_its_own_pods_is_reported() =>
        RuleTestKit.Single(Id, "zk", "spec.template.spec.topologySpreadConstraints[0].labelSelector",
            WithSpread("zk", Labels("app=zk"), Labels("app=kafka"), "DoNotSchedule"), StatefulSet("kafka", "kafka", labels: Labels("app=kafka")));

    [Fact]
    public void A_ScheduleAnyway_spread_is_not_checked() =>
        RuleTestKit.None(Id, WithSpread("zk", Labels("app=zk"), Labels("app=kafka"), "ScheduleAnyway"));

    [Fact]
    public void The_dsl_selects_the_workloads_own_labels()
    {
        var set = DslEnsemble();

        Assert.DoesNotContain(Application.Named("zk").Add(set).Validate().Diagnostics, d => d.Id == Id);
    }

    private static K8sTyped.StatefulSet DslEnsemble() =>
        K8sTyped.StatefulSet.Named("zk").Replicas(3).Pods(K8sTyped.Labels.Of("app", "zk"), pod => pod
            .RequireAntiAffinity(Topology.Hostname)
            .SpreadOver(Topology.Zone)
            .Container("zk", "zookeeper:3.9"));
}
