using K8sTyped.Models;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class GoverningServiceNotHeadlessRuleTests
{
    private const string Id = "KT2002";

    [Fact]
    public void A_governing_Service_with_a_cluster_IP_is_reported_on_the_StatefulSet_at_serviceName()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.serviceName",
            StatefulSet("mariadb", serviceName: "mariadb"),
            Service("mariadb", clusterIP: "10.96.0.12"));

        Assert.Equal("StatefulSet", finding.Object?.Kind);
        Assert.Contains("has clusterIP '10.96.0.12'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("only for a headless Service", finding.Message, StringComparison.Ordinal);
        Assert.Contains("clusterIP: None", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Service_is_related_at_its_clusterIP_or_its_spec_when_unset()
    {
        var withClusterIP = RuleTestKit.Single(Id, "mariadb", "spec.serviceName", GraphYaml.MariaDb(clusterIP: "10.96.0.12", selector: "app: mariadb"));
        Assert.Equal(GraphYaml.ServiceNameLine, withClusterIP.Origin!.Line);
        Assert.Equal([GraphYaml.ClusterIPLine], RuleTestKit.RelatedLines(withClusterIP));

        var unset = RuleTestKit.Single(Id, "mariadb", "spec.serviceName",
            StatefulSet("mariadb", serviceName: "mariadb"),
            Service("mariadb", clusterIP: null));
        Assert.Contains("allocates a virtual IP", unset.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_DSL_finding_points_at_GovernedBy_with_the_Service_factory_as_related()
    {
        var serviceLine = Dsl.DslTestSupport.ThisLine(); var service = K8sTyped.Service.ClusterIP("mariadb").Selecting(K8sTyped.Labels.Of("app", "mariadb")).Port("db", 3306);
        var first = Dsl.DslTestSupport.ThisLine();
        var set = K8sTyped.StatefulSet.Named("mariadb")
            .GovernedBy(service)
            .Pods(K8sTyped.Labels.Of("app", "mariadb"), pod => pod.Container("mariadb", "mariadb:11.4"));
        var app = Application.Named("app").InNamespace("db").Add(service, set);

        var finding = Assert.Single(app.Validate().Diagnostics, d => d.Id == Id);

        Assert.Equal("spec.serviceName", finding.Path);
        Assert.Equal(first + 2, finding.Origin!.Line);
        Assert.Equal([serviceLine], RuleTestKit.RelatedLines(finding));
    }

    [Fact]
    public void A_governing_Service_of_the_cluster_inventory_counts_headless_or_not()
    {
        RuleTestKit.None(Id, RuleTestKit.OnCluster([Service("mariadb", @namespace: "db")], StatefulSet("mariadb", serviceName: "mariadb", @namespace: "db")));

        var finding = RuleTestKit.Single(Id, "mariadb", "spec.serviceName",
            RuleTestKit.OnCluster([Service("mariadb", clusterIP: "10.96.0.12", @namespace: "db")], StatefulSet("mariadb", serviceName: "mariadb", @namespace: "db")));
        Assert.Contains("governed by Service 'mariadb' (in the cluster inventory)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Service_the_manifests_define_replaces_the_one_in_the_cluster_inventory()
    {
        RuleTestKit.None(Id,
            RuleTestKit.OnCluster(
                [Service("mariadb", clusterIP: "10.96.0.12", @namespace: "db")],
                StatefulSet("mariadb", serviceName: "mariadb", @namespace: "db"), Service("mariadb", @namespace: "db")));
        // Objects without a namespace land wherever they are applied, so they replace the live object of any namespace.
        RuleTestKit.None(Id,
            RuleTestKit.OnCluster(
                [Service("mariadb", clusterIP: "10.96.0.12", @namespace: "db")],
                StatefulSet("mariadb", serviceName: "mariadb"), Service("mariadb")));
    }

    [Fact]
    public void A_headless_governing_Service_passes() =>
        RuleTestKit.None(Id, StatefulSet("mariadb", serviceName: "mariadb"), Service("mariadb"));

    [Fact]
    public void Headless_given_only_through_clusterIPs_passes()
    {
        var service = Service("mariadb", clusterIP: null);
        service.Spec!.ClusterIPs = ["None"];

        RuleTestKit.None(Id, StatefulSet("mariadb", serviceName: "mariadb"), service);
    }

    [Fact]
    public void An_ExternalName_Service_is_not_headless()
    {
        var service = Service("mariadb", clusterIP: null);
        service.Spec!.Type = "ExternalName";
        service.Spec.ExternalName = "db.example.com";

        var finding = RuleTestKit.Single(Id, "mariadb", "spec.serviceName", StatefulSet("mariadb", serviceName: "mariadb"), service);
        Assert.Contains("ExternalName", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClusterIP_None_on_a_NodePort_Service_is_left_to_KT1401()
    {
        var service = Service("mariadb");
        service.Spec!.Type = "NodePort";

        RuleTestKit.None(Id, StatefulSet("mariadb", serviceName: "mariadb"), service);
    }

    [Fact]
    public void A_non_headless_Service_that_governs_nothing_is_not_this_rules_business() =>
        RuleTestKit.None(Id,
            StatefulSet("mariadb", serviceName: "mariadb", @namespace: "db"),
            Service("mariadb", @namespace: "db"),
            Service("mariadb", clusterIP: "10.96.0.12", @namespace: "web"),
            Service("mariadb-read", clusterIP: "10.96.0.13", @namespace: "db"));
}
