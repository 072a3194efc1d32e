using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Services;

public class HeadlessServiceTypeRuleTests
{
    private const string Id = "KT1401";

    [Theory]
    [InlineData("NodePort")]
    [InlineData("LoadBalancer")]
    public void A_headless_NodePort_or_LoadBalancer_Service_is_rejected(string type)
    {
        var service = ValidServices.Service(change: s => { s.ClusterIP = "None"; s.Type = type; });

        var finding = Single(Id, "db", "spec.clusterIP", service);

        Assert.Contains($"may not be set to 'None' for {type} services", finding.Message, StringComparison.Ordinal);
        Assert.Contains("type ClusterIP", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_path_follows_clusterIPs_when_that_is_what_was_written()
    {
        Single(Id, "db", "spec.clusterIPs[0]", ValidServices.Service(change: s => { s.ClusterIPs = ["None"]; s.Type = "NodePort"; }));
    }

    [Fact]
    public void A_headless_ExternalName_Service_is_rejected()
    {
        var service = ValidServices.Service("upstream", s => { s.Type = "ExternalName"; s.ExternalName = "db.example.com"; s.ClusterIP = "None"; });

        var finding = Single(Id, "upstream", "spec.clusterIP", service);

        Assert.Contains("ExternalName", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("None", "10.96.0.10")]
    [InlineData("10.96.0.10", "None")]
    public void None_must_be_the_only_cluster_IP(string first, string second)
    {
        var finding = Single(Id, "db", "spec.clusterIPs", ValidServices.Service(change: s => s.ClusterIPs = [first, second]));

        Assert.Contains("'None' must be the first and only value", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Headless_ClusterIP_Services_and_Services_with_addresses_are_accepted()
    {
        None(Id,
            ValidServices.Service("a", s => s.ClusterIP = "None"),
            ValidServices.Service("b", s => { s.ClusterIP = "None"; s.Type = "ClusterIP"; }),
            ValidServices.Service("c", s => s.Type = "NodePort"),
            ValidServices.Service("d", s => { s.Type = "LoadBalancer"; s.ClusterIPs = ["10.96.0.20"]; }));
    }
}
