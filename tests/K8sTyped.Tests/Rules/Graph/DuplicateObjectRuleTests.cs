using K8sTyped.Models;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class DuplicateObjectRuleTests
{
    private const string Id = "KT2008";

    [Fact]
    public void The_second_object_with_the_same_kind_namespace_and_name_is_reported()
    {
        var first = Service("mariadb", @namespace: "db");
        var second = Service("mariadb", @namespace: "db");

        var finding = RuleTestKit.Single(Id, "mariadb", "metadata.name", first, StatefulSet("mariadb", @namespace: "db"), second);

        Assert.Equal("Service", finding.Object?.Kind);
        Assert.Contains("#1 and #3", finding.Message, StringComparison.Ordinal);
        Assert.Contains("overwrites", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_later_copy_is_reported_once()
    {
        var findings = RuleTestKit.Findings(Id, Service("a"), Service("a"), Service("a"));

        Assert.Collection(findings,
            f => Assert.Contains("#1 and #2", f.Message, StringComparison.Ordinal),
            f => Assert.Contains("#1 and #3", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Same_name_in_another_kind_or_namespace_is_another_object() =>
        RuleTestKit.None(Id,
            Service("mariadb", @namespace: "db"),
            StatefulSet("mariadb", @namespace: "db"),
            Service("mariadb", @namespace: "web"),
            Service("mariadb"));

    [Fact]
    public void Cluster_scoped_objects_ignore_the_namespace_they_were_given()
    {
        var a = new V1StorageClass { Metadata = Meta("fast"), Provisioner = "ebs.csi.aws.com" };
        var b = new V1StorageClass { Metadata = Meta("fast", "db"), Provisioner = "ebs.csi.aws.com" };

        RuleTestKit.Single(Id, "fast", "metadata.name", a, b);
    }

    [Fact]
    public void The_first_copy_is_the_related_origin_and_the_cluster_inventory_is_no_copy()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "metadata.name",
            RuleTestKit.WithLines(null, (Service("mariadb", @namespace: "db"), 10), (Service("mariadb", @namespace: "db"), 20)));

        Assert.Equal(20, finding.Origin!.Line);
        Assert.Equal([10], RuleTestKit.RelatedLines(finding));
        RuleTestKit.None(Id, RuleTestKit.OnCluster([Service("mariadb", @namespace: "db")], Service("mariadb", @namespace: "db")));
    }

    [Fact]
    public void Objects_without_a_name_are_not_duplicates() =>
        RuleTestKit.None(Id, new V1Service { Metadata = new V1ObjectMeta() }, new V1Service { Metadata = new V1ObjectMeta() });
}
