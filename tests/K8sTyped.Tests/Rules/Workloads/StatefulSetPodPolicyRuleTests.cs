using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Workloads;

public class WorkloadPodPolicyRuleTests
{
    private const string Id = "KT1203";

    [Fact]
    public void A_StatefulSet_template_restarting_OnFailure_is_not_supported()
    {
        var set = ValidWorkloads.StatefulSet(change: s => s.Template!.Spec!.RestartPolicy = "OnFailure");

        var finding = Single(Id, "db", "spec.template.spec.restartPolicy", set);

        Assert.Contains("Unsupported value: \"OnFailure\": supported values: \"Always\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains("StatefulSet 'db'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_StatefulSet_template_deadline_is_forbidden()
    {
        var set = ValidWorkloads.StatefulSet(change: s => s.Template!.Spec!.ActiveDeadlineSeconds = 3600);

        var finding = Single(Id, "db", "spec.template.spec.activeDeadlineSeconds", set);

        Assert.Contains("activeDeadlineSeconds in StatefulSet is not Supported", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deployments_ReplicaSets_and_DaemonSets_follow_the_same_rule_and_are_named_in_the_message()
    {
        var deployment = ValidWorkloads.Deployment(change: d => d.Template!.Spec!.RestartPolicy = "Never");
        var replicaSet = ValidWorkloads.ReplicaSet(change: r => r.Template!.Spec!.RestartPolicy = "OnFailure");
        var daemonSet = ValidWorkloads.DaemonSet(change: d => d.Template!.Spec!.RestartPolicy = "Never");

        var findings = Findings(Id, deployment, replicaSet, daemonSet);

        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal("spec.template.spec.restartPolicy", f.Path));
        Assert.All(findings, f => Assert.Contains($"{f.Object!.Kind} '{f.Object.Name}'", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_Deployment_deadline_is_quoted_as_the_ReplicaSet_the_server_validates()
    {
        var finding = Single(Id, "web", "spec.template.spec.activeDeadlineSeconds",
            ValidWorkloads.Deployment(change: d => d.Template!.Spec!.ActiveDeadlineSeconds = 60));

        Assert.Contains("activeDeadlineSeconds in ReplicaSet is not Supported", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Always_or_unset_restart_policy_is_accepted_and_Jobs_and_Pods_are_not_checked()
    {
        None(Id,
            ValidWorkloads.StatefulSet(change: s => s.Template!.Spec!.RestartPolicy = "Always"),
            ValidWorkloads.Deployment(),
            ValidWorkloads.Job(change: j => j.Template!.Spec!.ActiveDeadlineSeconds = 600),
            ValidWorkloads.Pod(change: p => p.RestartPolicy = "Never"));
    }
}
