using K8sTyped.Models;
using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class GoverningServiceMissingRuleTests
{
    private const string Id = "KT2001";

    [Fact]
    public void A_serviceName_with_no_Service_is_reported_with_the_close_names()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.serviceName",
            StatefulSet("mariadb", serviceName: "mariadb-headless"),
            Service("mariadb-hedless"),
            Service("redis"));

        Assert.Contains("no Service 'mariadb-headless'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("NXDOMAIN", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'mariadb-hedless'", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'redis'", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void A_Service_of_that_name_in_the_same_namespace_satisfies_it() =>
        RuleTestKit.None(Id,
            StatefulSet("mariadb", serviceName: "mariadb", @namespace: "db"),
            Service("mariadb", @namespace: "db"));

    [Fact]
    public void A_Service_of_that_name_in_another_namespace_does_not_count_and_the_message_says_where_it_is()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.serviceName",
            StatefulSet("mariadb", serviceName: "mariadb", @namespace: "db"),
            Service("mariadb", @namespace: "web"));

        Assert.Contains("namespace 'web'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("own namespace", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unset_namespace_only_matches_an_unset_namespace()
    {
        RuleTestKit.None(Id, StatefulSet("mariadb", serviceName: "mariadb"), Service("mariadb"));
        RuleTestKit.Single(Id, "mariadb", "spec.serviceName", StatefulSet("mariadb", serviceName: "mariadb"), Service("mariadb", @namespace: "default"));
    }

    [Fact]
    public void A_Service_declared_external_in_the_namespace_satisfies_it()
    {
        var set = StatefulSet("mariadb", serviceName: "mariadb", @namespace: "db");

        RuleTestKit.None(Id, new ManifestSet([set], externals: new ExternalObjects().Declare("Service", "db", "mariadb")));
        RuleTestKit.Single(Id, "mariadb", "spec.serviceName",
            new ManifestSet([set], externals: new ExternalObjects().Declare("Service", "other", "mariadb")));
    }

    [Fact]
    public void For_a_StatefulSet_without_namespace_a_declaration_without_namespace_counts() =>
        RuleTestKit.None(Id, new ManifestSet(
            [StatefulSet("mariadb", serviceName: "mariadb")],
            externals: new ExternalObjects().Declare("Service", null, "mariadb")));

    [Fact]
    public void A_Service_of_the_cluster_inventory_in_the_namespace_satisfies_it()
    {
        var set = StatefulSet("mariadb", serviceName: "mariadb", @namespace: "db");

        RuleTestKit.None(Id, RuleTestKit.OnCluster([Service("mariadb", @namespace: "db")], set));
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.serviceName", RuleTestKit.OnCluster([Service("mariadb", @namespace: "web")], set));
        Assert.Contains("namespace 'web' (in the cluster inventory)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Service_of_that_name_in_another_namespace_is_related_at_its_namespace()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.serviceName",
            RuleTestKit.WithLines(null, (StatefulSet("mariadb", serviceName: "mariadb", @namespace: "db"), 10), (Service("mariadb", @namespace: "web"), 20)));

        Assert.Equal(10, finding.Origin!.Line);
        Assert.Equal([20], RuleTestKit.RelatedLines(finding));
    }

    [Fact]
    public void No_serviceName_refers_to_nothing() => RuleTestKit.None(Id, StatefulSet("mariadb", serviceName: null));
}
