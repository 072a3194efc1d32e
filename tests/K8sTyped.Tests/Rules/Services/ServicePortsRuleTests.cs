using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Services;

public class ServicePortsRuleTests
{
    private const string Id = "KT1402";

    [Fact]
    public void A_Service_without_ports_is_rejected()
    {
        var finding = Single(Id, "db", "spec.ports", ValidServices.Service(change: s => s.Ports = []));

        Assert.Contains("spec.ports: Required value", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Headless_and_ExternalName_Services_need_no_ports()
    {
        None(Id,
            ValidServices.Service("peers", s => { s.ClusterIP = "None"; s.Ports = null; }),
            ValidServices.Service("upstream", s => { s.Type = "ExternalName"; s.ExternalName = "db.example.com"; s.Ports = null; }));
    }

    [Fact]
    public void With_several_ports_each_needs_a_name()
    {
        var service = ValidServices.Service(change: s => s.Ports = [ValidServices.Port(5432, "sql"), ValidServices.Port(9187)]);

        var finding = Single(Id, "db", "spec.ports[1].name", service);

        Assert.Contains("spec.ports[1].name: Required value", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_port_may_be_unnamed()
    {
        None(Id, ValidServices.Service(change: s => s.Ports = [ValidServices.Port(5432)]));
    }

    [Fact]
    public void Port_names_must_be_unique()
    {
        var service = ValidServices.Service(change: s => s.Ports = [ValidServices.Port(80, "http"), ValidServices.Port(8080, "http")]);

        var finding = Single(Id, "db", "spec.ports[1].name", service);

        Assert.Contains("Duplicate value: \"http\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_and_protocol_pair_must_be_unique_with_TCP_as_the_default()
    {
        var service = ValidServices.Service(change: s => s.Ports = [ValidServices.Port(53, "dns"), ValidServices.Port(53, "dns-tcp", "TCP"), ValidServices.Port(53, "dns-udp", "UDP")]);

        var finding = Single(Id, "db", "spec.ports[1]", service);

        Assert.Contains("53/TCP", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nodePort_on_a_ClusterIP_Service_is_forbidden()
    {
        var port = ValidServices.Port(5432, "sql");
        port.NodePort = 30432;

        var finding = Single(Id, "db", "spec.ports[0].nodePort", ValidServices.Service(change: s => s.Ports = [port]));

        Assert.Contains("may not be used when `type` is 'ClusterIP'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nodePort_on_a_NodePort_Service_is_accepted()
    {
        var port = ValidServices.Port(5432, "sql");
        port.NodePort = 30432;

        None(Id, ValidServices.Service(change: s => { s.Type = "NodePort"; s.Ports = [port]; }));
    }
}
