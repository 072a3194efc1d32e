using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Naming;

public class InvalidLabelRuleTests
{
    private const string Id = "KT1003";

    [Fact]
    public void Valid_labels_and_selectors_have_no_finding() =>
        None(Id, ValidObjects.StatefulSet(), ValidObjects.Service(), ValidObjects.Claim());

    [Fact]
    public void An_object_label_value_with_a_space_is_reported_with_its_key_in_the_path()
    {
        var set = ValidObjects.StatefulSet();
        set.Metadata!.Labels!["app.kubernetes.io/name"] = "Maria DB";

        var finding = Single(Id, "mariadb", "metadata.labels[app.kubernetes.io/name]", set);

        Assert.Contains("Label value \"Maria DB\" is invalid", finding.Message);
        Assert.Contains("metadata.labels[app.kubernetes.io/name]: Invalid value: \"Maria DB\": a valid label must be", finding.Message);
        Assert.Contains("annotation", finding.Message);
    }

    [Fact]
    public void A_label_value_of_64_characters_is_too_long()
    {
        var claim = ValidObjects.Claim();
        claim.Metadata!.Labels = new Dictionary<string, string> { ["commit"] = new string('c', 64) };

        var finding = Single(Id, "backup", "metadata.labels[commit]", claim);

        Assert.Contains("must be no more than 63 characters", finding.Message);
    }

    [Fact]
    public void An_empty_label_value_is_valid()
    {
        var claim = ValidObjects.Claim();
        claim.Metadata!.Labels = new Dictionary<string, string> { ["backup"] = "" };

        None(Id, claim);
    }

    [Fact]
    public void A_pod_template_label_key_with_an_invalid_prefix_is_reported()
    {
        var set = ValidObjects.StatefulSet();
        set.Spec!.Template!.Metadata!.Labels!["Example.com/tier"] = "db";

        var finding = Single(Id, "mariadb", "spec.template.metadata.labels[Example.com/tier]", set);

        Assert.Contains("Label key \"Example.com/tier\" is invalid: prefix part", finding.Message);
    }

    [Fact]
    public void Claim_template_labels_are_checked()
    {
        var set = ValidObjects.StatefulSet();
        set.Spec!.VolumeClaimTemplates![0].Metadata!.Labels = new Dictionary<string, string> { ["tier"] = "-db" };

        Single(Id, "mariadb", "spec.volumeClaimTemplates[0].metadata.labels[tier]", set);
    }

    [Fact]
    public void Selector_match_labels_and_match_expressions_are_checked()
    {
        var set = ValidObjects.StatefulSet();
        set.Spec!.Selector!.MatchLabels!["app"] = "maria db";
        set.Spec.Selector.MatchExpressions =
        [
            new V1LabelSelectorRequirement { Key = "tier/", Operator = "In", Values = ["db", "cache!"] },
        ];

        var paths = Findings(Id, set).Select(f => f.Path).ToList();

        Assert.Equal(
            new[] { "spec.selector.matchExpressions[0].key", "spec.selector.matchExpressions[0].values[1]", "spec.selector.matchLabels[app]" },
            paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_service_selector_is_checked()
    {
        var service = ValidObjects.Service();
        service.Spec!.Selector!["app.kubernetes.io/name"] = "mariadb/primary";

        var finding = Single(Id, "mariadb", "spec.selector[app.kubernetes.io/name]", service);

        Assert.Contains("\"mariadb/primary\"", finding.Message);
    }

    [Fact]
    public void A_node_selector_is_checked()
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.PodSpec(set).NodeSelector = new Dictionary<string, string> { ["disk type"] = "ssd" };

        Single(Id, "mariadb", "spec.template.spec.nodeSelector[disk type]", set);
    }
}
