using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Workloads;

public class NegativeCountRuleTests
{
    private const string Id = "KT1201";

    [Fact]
    public void Negative_StatefulSet_replicas_is_reported_with_the_API_servers_message()
    {
        var finding = Single(Id, "db", "spec.replicas", ValidWorkloads.StatefulSet(change: s => s.Replicas = -1));

        Assert.Contains("StatefulSet 'db'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("spec.replicas: Invalid value: -1: must be greater than or equal to 0", finding.Message, StringComparison.Ordinal);
        Assert.Equal(K8sTyped.Rules.Severity.Error, finding.Severity);
    }

    [Theory]
    [InlineData("spec.minReadySeconds")]
    [InlineData("spec.ordinals.start")]
    [InlineData("spec.updateStrategy.rollingUpdate.partition")]
    public void Each_negative_StatefulSet_count_is_reported_at_its_path(string path)
    {
        var set = ValidWorkloads.StatefulSet(change: s =>
        {
            switch (path)
            {
                case "spec.minReadySeconds": s.MinReadySeconds = -5; break;
                case "spec.ordinals.start": s.Ordinals = new V1StatefulSetOrdinals { Start = -1 }; break;
                default: s.UpdateStrategy = new V1StatefulSetUpdateStrategy { RollingUpdate = new V1RollingUpdateStatefulSetStrategy { Partition = -2 } }; break;
            }
        });

        Single(Id, "db", path, set);
    }

    [Fact]
    public void Negative_Deployment_ReplicaSet_and_DaemonSet_counts_are_reported_per_object()
    {
        var findings = Findings(Id,
            ValidWorkloads.Deployment(change: d => d.RevisionHistoryLimit = -1),
            ValidWorkloads.ReplicaSet(change: r => r.MinReadySeconds = -1),
            ValidWorkloads.DaemonSet(change: d => d.RevisionHistoryLimit = -3));

        Assert.Equal(
            ["DaemonSet agent spec.revisionHistoryLimit", "Deployment web spec.revisionHistoryLimit", "ReplicaSet cache spec.minReadySeconds"],
            findings.Select(f => $"{f.Object!.Kind} {f.Object.Name} {f.Path}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_progress_deadline_not_above_minReadySeconds_is_reported()
    {
        var finding = Single(Id, "web", "spec.progressDeadlineSeconds",
            ValidWorkloads.Deployment(change: d => { d.MinReadySeconds = 30; d.ProgressDeadlineSeconds = 30; }));

        Assert.Contains("must be greater than minReadySeconds", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_progress_deadline_is_reported_once_as_negative()
    {
        var finding = Single(Id, "web", "spec.progressDeadlineSeconds", ValidWorkloads.Deployment(change: d => d.ProgressDeadlineSeconds = -1));

        Assert.Contains("must be greater than or equal to 0", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_and_unset_counts_are_accepted()
    {
        None(Id,
            ValidWorkloads.StatefulSet(change: s =>
            {
                s.Replicas = 0;
                s.MinReadySeconds = 0;
                s.Ordinals = new V1StatefulSetOrdinals { Start = 0 };
            }),
            ValidWorkloads.Deployment(change: d => { d.Replicas = null; d.RevisionHistoryLimit = 0; d.ProgressDeadlineSeconds = 600; d.MinReadySeconds = 10; }),
            ValidWorkloads.ReplicaSet(change: r => r.Replicas = 0),
            ValidWorkloads.DaemonSet(change: d => d.MinReadySeconds = 0));
    }

    [Fact]
    public void A_StatefulSet_revisionHistoryLimit_is_not_checked_because_the_API_server_does_not_check_it()
    {
        None(Id, ValidWorkloads.StatefulSet(change: s => s.RevisionHistoryLimit = -1));
    }
}
