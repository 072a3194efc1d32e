using K8sTyped.Tests.Rules.Services;
using static K8sTyped.Tests.Rules.Changes.ChangeKit;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Changes;

public class ServiceHeadlessToggleRuleTests
{
    private const string Id = "KT4005";

    [Fact]
    public void A_Service_with_a_cluster_IP_cannot_become_headless()
    {
        var finding = Single(Id, "db", "spec.clusterIP",
            AfterBuild([ValidServices.Service()], ValidServices.Service(change: s => s.ClusterIP = "None")));

        Assert.Contains("Invalid value: [\"None\"]: may not change once set", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headless_Service_that_drops_None_silently_stays_headless()
    {
        var finding = Single(Id, "db", "spec",
            AfterBuild([ValidServices.Service(change: s => s.ClusterIP = "None")], ValidServices.Service()));

        Assert.Contains("kubectl apply keeps it headless", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headless_Service_cannot_take_a_cluster_IP()
    {
        Single(Id, "db", "spec.clusterIPs[0]",
            AfterBuild([ValidServices.Service(change: s => s.ClusterIP = "None")], ValidServices.Service(change: s => s.ClusterIPs = ["10.96.0.12"])));
    }

    [Fact]
    public void A_Service_that_stays_what_it_was_is_fine()
    {
        None(Id, AfterBuild([ValidServices.Service(change: s => s.ClusterIP = "None")], ValidServices.Service(change: s => s.ClusterIPs = ["None"])));
        // The cluster IP the live Service was given is kept by apply.
        None(Id, AgainstLive([ValidServices.Service(change: s => s.ClusterIP = "10.96.0.12")], ValidServices.Service()));
    }
}
