using K8sTyped.Models;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class SeveralDefaultStorageClassesRuleTests
{
    private const string Id = "KT2009";
    private const string DefaultClass = "storageclass.kubernetes.io/is-default-class";
    private const string BetaDefaultClass = "storageclass.beta.kubernetes.io/is-default-class";

    private static V1StorageClass Class(string name, string? annotation = null, string value = "true") => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = name,
            Annotations = annotation is null ? null : new Dictionary<string, string> { [annotation] = value },
        },
        Provisioner = "ebs.csi.aws.com",
    };

    [Fact]
    public void A_second_default_class_is_reported_at_its_annotation()
    {
        var finding = RuleTestKit.Single(Id, "slow", $"metadata.annotations[{BetaDefaultClass}]",
            Class("fast", DefaultClass), Class("standard"), Class("slow", BetaDefaultClass));

        Assert.Contains("'fast', 'slow'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("most recently created", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_default_class_passes() => RuleTestKit.None(Id, Class("fast", DefaultClass), Class("slow"));

    [Fact]
    public void A_default_class_besides_the_clusters_own_default_is_reported()
    {
        var cluster = new K8sTyped.Rules.ClusterProfile { HasDefaultStorageClass = true };

        var finding = RuleTestKit.Single(Id, "fast", $"metadata.annotations[{DefaultClass}]",
            new K8sTyped.Rules.ManifestSet([Class("fast", DefaultClass), Class("slow")], cluster: cluster));

        Assert.Contains("the cluster already has a default", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_default_class_here_passes_whatever_the_cluster_has() =>
        RuleTestKit.None(Id, new K8sTyped.Rules.ManifestSet([Class("fast"), Class("slow")], cluster: new K8sTyped.Rules.ClusterProfile { HasDefaultStorageClass = true }));

    [Fact]
    public void Only_the_exact_value_true_marks_a_default() =>
        RuleTestKit.None(Id, Class("fast", DefaultClass), Class("slow", DefaultClass, "True"), Class("other", DefaultClass, "false"));

    [Fact]
    public void A_default_class_besides_a_default_of_the_cluster_inventory_is_reported_naming_it()
    {
        var finding = RuleTestKit.Single(Id, "fast", $"metadata.annotations[{DefaultClass}]",
            RuleTestKit.OnCluster([Class("standard", DefaultClass)], Class("fast", DefaultClass), Class("slow")));

        Assert.Contains("the cluster already has the default StorageClass 'standard' (in the cluster inventory)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_of_the_cluster_inventory_alone_are_not_the_users_to_fix() =>
        RuleTestKit.None(Id, RuleTestKit.OnCluster([Class("standard", DefaultClass), Class("premium", DefaultClass)], Class("fast")));

    [Fact]
    public void The_other_default_classes_are_related_origins()
    {
        var findings = RuleTestKit.Findings(Id, RuleTestKit.WithLines(null, (Class("a", DefaultClass), 10), (Class("b", DefaultClass), 20), (Class("c", DefaultClass), 30)));

        Assert.Equal([10, 30], RuleTestKit.RelatedLines(findings[0]));
        Assert.Equal([10, 20], RuleTestKit.RelatedLines(findings[1]));
    }

    [Fact]
    public void Three_defaults_give_two_findings()
    {
        var findings = RuleTestKit.Findings(Id, Class("a", DefaultClass), Class("b", DefaultClass), Class("c", DefaultClass));

        Assert.Equal(["b", "c"], findings.Select(f => f.Object?.Name));
    }

    [Fact]
    public void Unrelated_objects_with_the_annotation_do_not_count()
    {
        var service = Service("fast");
        service.Metadata!.Annotations = new Dictionary<string, string> { [DefaultClass] = "true" };

        RuleTestKit.None(Id, Class("fast", DefaultClass), service);
    }
}
