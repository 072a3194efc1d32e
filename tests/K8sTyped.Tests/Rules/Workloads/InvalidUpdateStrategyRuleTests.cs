using K8sTyped.Models;
using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Workloads;

public class InvalidUpdateStrategyRuleTests
{
    private const string Id = "KT1204";

    private static V1StatefulSet StatefulSet(string? type, V1RollingUpdateStatefulSetStrategy? rolling, int? replicas = 3) =>
        ValidWorkloads.StatefulSet(change: s =>
        {
            s.Replicas = replicas;
            s.UpdateStrategy = new V1StatefulSetUpdateStrategy { Type = type, RollingUpdate = rolling };
        });

    private static V1Deployment Deployment(string? type, IntOrString? maxUnavailable, IntOrString? maxSurge) =>
        ValidWorkloads.Deployment(change: d => d.Strategy = new V1DeploymentStrategy
        {
            Type = type,
            RollingUpdate = new V1RollingUpdateDeployment { MaxUnavailable = maxUnavailable, MaxSurge = maxSurge },
        });

    private static V1DaemonSet DaemonSet(IntOrString? maxUnavailable, IntOrString? maxSurge) =>
        ValidWorkloads.DaemonSet(change: d => d.UpdateStrategy = new V1DaemonSetUpdateStrategy
        {
            Type = "RollingUpdate",
            RollingUpdate = new V1RollingUpdateDaemonSet { MaxUnavailable = maxUnavailable, MaxSurge = maxSurge },
        });

    [Fact]
    public void OnDelete_with_rollingUpdate_is_rejected()
    {
        var finding = Single(Id, "db", "spec.updateStrategy.rollingUpdate",
            StatefulSet("OnDelete", new V1RollingUpdateStatefulSetStrategy { Partition = 1 }));

        Assert.Contains("only allowed for updateStrategy 'RollingUpdate'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "cannot be 0")]
    [InlineData("0%", "cannot be 0")]
    [InlineData("150%", "must not be greater than 100%")]
    [InlineData("half", "a valid percent string")]
    [InlineData(-1, "must be greater than or equal to 0")]
    public void A_bad_StatefulSet_maxUnavailable_is_rejected(object value, string serverText)
    {
        IntOrString bound = value is int number ? number : (string)value;

        var finding = Single(Id, "db", "spec.updateStrategy.rollingUpdate.maxUnavailable",
            StatefulSet(null, new V1RollingUpdateStatefulSetStrategy { MaxUnavailable = bound }));

        Assert.Contains(serverText, finding.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_partition_above_replicas_is_information_that_no_pod_is_updated()
    {
        var finding = Single(Id, "db", "spec.updateStrategy.rollingUpdate.partition",
            StatefulSet("RollingUpdate", new V1RollingUpdateStatefulSetStrategy { Partition = 5 }));

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("partition 5 above its 3 replicas", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partition_is_compared_with_one_replica_when_replicas_is_unset()
    {
        Single(Id, "db", "spec.updateStrategy.rollingUpdate.partition",
            StatefulSet(null, new V1RollingUpdateStatefulSetStrategy { Partition = 2 }, replicas: null));
        None(Id, StatefulSet(null, new V1RollingUpdateStatefulSetStrategy { Partition = 1 }, replicas: null));
    }

    [Fact]
    public void A_sound_StatefulSet_strategy_is_accepted()
    {
        None(Id,
            StatefulSet("RollingUpdate", new V1RollingUpdateStatefulSetStrategy { Partition = 3, MaxUnavailable = "50%" }),
            StatefulSet("OnDelete", null),
            StatefulSet(null, new V1RollingUpdateStatefulSetStrategy { MaxUnavailable = 2 }));
    }

    [Fact]
    public void Recreate_with_rollingUpdate_is_forbidden()
    {
        var finding = Single(Id, "web", "spec.strategy.rollingUpdate", Deployment("Recreate", 1, null));

        Assert.Contains("may not be specified when strategy `type` is 'Recreate'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Deployment_with_maxSurge_and_maxUnavailable_both_zero_is_rejected()
    {
        var finding = Single(Id, "web", "spec.strategy.rollingUpdate.maxUnavailable", Deployment("RollingUpdate", "0%", 0));

        Assert.Contains("may not be 0 when `maxSurge` is 0", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unset_Deployment_bound_defaults_to_25_percent_so_one_zero_is_accepted()
    {
        None(Id, Deployment(null, 0, null), Deployment("RollingUpdate", null, 0), Deployment(null, 0, "200%"));
    }

    [Fact]
    public void A_Deployment_maxUnavailable_above_100_percent_is_rejected_but_maxSurge_is_not_capped()
    {
        var finding = Single(Id, "web", "spec.strategy.rollingUpdate.maxUnavailable", Deployment(null, "101%", "300%"));

        Assert.Contains("must not be greater than 100%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DaemonSet_surging_while_maxUnavailable_defaults_to_one_is_rejected()
    {
        var finding = Single(Id, "agent", "spec.updateStrategy.rollingUpdate.maxSurge", DaemonSet(null, 1));

        Assert.Contains("may not be set when maxUnavailable is non-zero", finding.Message, StringComparison.Ordinal);
        Assert.Contains("1 (the default)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DaemonSet_with_both_bounds_zero_is_rejected()
    {
        var finding = Single(Id, "agent", "spec.updateStrategy.rollingUpdate.maxUnavailable", DaemonSet(0, null));

        Assert.Contains("cannot be 0 when maxSurge is 0", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DaemonSet_bound_is_capped_at_100_percent()
    {
        Single(Id, "agent", "spec.updateStrategy.rollingUpdate.maxSurge", DaemonSet(0, "120%"));
    }

    [Fact]
    public void A_DaemonSet_that_either_surges_or_takes_pods_down_is_accepted()
    {
        None(Id, DaemonSet(0, 1), DaemonSet("10%", null), DaemonSet(null, null), ValidWorkloads.DaemonSet());
    }
}
