using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Workloads;

public class SelectorMismatchRuleTests
{
    private const string Id = "KT1202";

    [Fact]
    public void A_selector_that_does_not_select_the_template_is_reported_on_the_template_labels()
    {
        var set = ValidWorkloads.StatefulSet(change: s => s.Selector = ValidWorkloads.Selector("database"));

        var finding = Single(Id, "db", "spec.template.metadata.labels", set);

        Assert.Contains("`selector` does not match template `labels`", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'app=database'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'app=db'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_selector_is_required()
    {
        var finding = Single(Id, "web", "spec.selector", ValidWorkloads.Deployment(change: d => d.Selector = null));

        Assert.Contains("spec.selector: Required value", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("StatefulSet", "statefulset")]
    [InlineData("Deployment", "deployment")]
    [InlineData("ReplicaSet", "deployment")] // the API server reuses the Deployment wording
    [InlineData("DaemonSet", "daemonset")]
    public void An_empty_selector_is_reported_with_the_kinds_server_message(string kind, string serverKind)
    {
        var empty = new V1LabelSelector { MatchLabels = new Dictionary<string, string>() };
        IKubernetesObject obj = kind switch
        {
            "StatefulSet" => ValidWorkloads.StatefulSet(change: s => s.Selector = empty),
            "Deployment" => ValidWorkloads.Deployment(change: d => d.Selector = empty),
            "ReplicaSet" => ValidWorkloads.ReplicaSet(change: r => r.Selector = empty),
            _ => ValidWorkloads.DaemonSet(change: d => d.Selector = empty),
        };

        var finding = Assert.Single(Findings(Id, obj));

        Assert.Equal("spec.selector", finding.Path);
        Assert.Equal(kind, finding.Object!.Kind);
        Assert.Contains($"empty selector is invalid for {serverKind}", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_expressions_are_evaluated()
    {
        var excluding = new V1LabelSelector
        {
            MatchLabels = new Dictionary<string, string> { ["app"] = "agent" },
            MatchExpressions = [new V1LabelSelectorRequirement { Key = "tier", Operator = "In", Values = ["edge"] }],
        };
        var including = new V1LabelSelector
        {
            MatchExpressions = [new V1LabelSelectorRequirement { Key = "app", Operator = "In", Values = ["agent", "other"] }],
        };

        var finding = Single(Id, "agent", "spec.template.metadata.labels", ValidWorkloads.DaemonSet(change: d => d.Selector = excluding));
        Assert.Contains("tier in (edge)", finding.Message, StringComparison.Ordinal);
        None(Id, ValidWorkloads.DaemonSet(change: d => d.Selector = including));
    }

    [Fact]
    public void A_template_with_more_labels_than_the_selector_needs_is_accepted()
    {
        var set = ValidWorkloads.StatefulSet(change: s => s.Template!.Metadata!.Labels!["tier"] = "data");

        None(Id, set, ValidWorkloads.Deployment(), ValidWorkloads.ReplicaSet(), ValidWorkloads.DaemonSet());
    }

    [Fact]
    public void Job_selectors_are_checked_only_when_set_by_hand()
    {
        var generated = ValidWorkloads.Job(change: j => j.Selector = ValidWorkloads.Selector("other"));
        var manual = ValidWorkloads.Job("backfill", j => { j.ManualSelector = true; j.Selector = ValidWorkloads.Selector("other"); });
        var manualWithout = ValidWorkloads.Job("reindex", j => j.ManualSelector = true);

        var findings = Findings(Id, generated, manual, manualWithout);

        Assert.Equal(
            ["backfill spec.template.metadata.labels", "reindex spec.selector"],
            findings.Select(f => $"{f.Object!.Name} {f.Path}").Order(StringComparer.Ordinal));
    }
}
