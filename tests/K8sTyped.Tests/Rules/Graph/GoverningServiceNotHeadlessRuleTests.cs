using K8sTyped.Models;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class GoverningServiceNotHeadlessRuleTests
{
    private const string Id = "KT2002";

    [Fact]
    public void A_governing_Service_with_a_cluster_IP_is_reported_on_the_Service()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.clusterIP",
            StatefulSet("mariadb", serviceName: "mariadb"),
            Service("mariadb", clusterIP: "10.96.0.12"));

        Assert.Equal("Service", finding.Object?.Kind);
        Assert.Contains("clusterIP '10.96.0.12'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("only for a headless Service", finding.Message, StringComparison.Ordinal);
        Assert.Contains("clusterIP: None", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unset_cluster_IP_gets_a_virtual_IP_and_is_reported_on_the_spec()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "spec",
            StatefulSet("mariadb", serviceName: "mariadb"),
            Service("mariadb", clusterIP: null));

        Assert.Contains("allocates a virtual IP", finding.Message, StringComparison.Ordinal);
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

        var finding = RuleTestKit.Single(Id, "mariadb", "spec", StatefulSet("mariadb", serviceName: "mariadb"), service);
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
