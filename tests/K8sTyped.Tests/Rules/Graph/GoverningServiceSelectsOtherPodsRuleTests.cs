using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class GoverningServiceSelectsOtherPodsRuleTests
{
    private const string Id = "KT2003";

    [Fact]
    public void A_selector_the_template_labels_do_not_satisfy_is_reported_with_the_unmet_pairs()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.serviceName",
            StatefulSet("mariadb", serviceName: "mariadb", labels: Labels("app=mariadb", "tier=db")),
            Service("mariadb", selector: Labels("app=mysql", "tier=db")));

        Assert.Equal("StatefulSet", finding.Object?.Kind);
        Assert.Contains("unmet: 'app=mysql'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'app=mariadb,tier=db'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("NXDOMAIN", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_selector_that_is_a_subset_of_the_template_labels_passes() =>
        RuleTestKit.None(Id,
            StatefulSet("mariadb", serviceName: "mariadb", labels: Labels("app=mariadb", "tier=db")),
            Service("mariadb", selector: Labels("app=mariadb")));

    [Fact]
    public void A_governing_Service_without_a_selector_publishes_no_addresses()
    {
        var service = Service("mariadb");
        service.Spec!.Selector = null;

        var finding = RuleTestKit.Single(Id, "mariadb", "spec.serviceName", StatefulSet("mariadb", serviceName: "mariadb"), service);
        Assert.Contains("has no selector", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'app=mariadb'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Selecting_a_single_pod_by_its_pod_name_label_misses_the_others()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.serviceName",
            StatefulSet("mariadb", serviceName: "mariadb", replicas: 3),
            Service("mariadb", selector: Labels("app=mariadb", "statefulset.kubernetes.io/pod-name=mariadb-0")));

        Assert.Contains("statefulset.kubernetes.io/pod-name=mariadb-0", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_governing_Service_of_the_cluster_inventory_is_checked_and_reported_on_the_StatefulSet()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.serviceName",
            RuleTestKit.OnCluster([Service("mariadb", selector: Labels("app=mysql"), @namespace: "db")], StatefulSet("mariadb", serviceName: "mariadb", @namespace: "db")));

        Assert.Contains("Service 'mariadb' (in the cluster inventory)", finding.Message, StringComparison.Ordinal);
        RuleTestKit.None(Id, RuleTestKit.OnCluster([Service("mariadb", @namespace: "db")], StatefulSet("mariadb", serviceName: "mariadb", @namespace: "db")));
    }

    [Fact]
    public void The_Service_selector_is_the_related_origin()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.serviceName", GraphYaml.MariaDb(clusterIP: "None", selector: "app: mysql"));

        Assert.Equal(GraphYaml.ServiceNameLine, finding.Origin!.Line);
        Assert.Equal([GraphYaml.SelectorLine], RuleTestKit.RelatedLines(finding));
    }

    [Fact]
    public void A_Service_of_the_same_name_in_another_namespace_is_not_the_governing_one() =>
        RuleTestKit.None(Id,
            StatefulSet("mariadb", serviceName: "mariadb", @namespace: "db"),
            Service("mariadb", selector: Labels("app=other"), @namespace: "web"));
}
