using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Naming;

public class PortOutOfRangeRuleTests
{
    private const string Id = "KT1005";

    [Fact]
    public void Ports_in_range_have_no_finding() =>
        None(Id, ValidObjects.StatefulSet(), ValidObjects.Service());

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(65536)]
    public void A_container_port_outside_1_to_65535_is_reported(int port)
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.Container(set).Ports![0].ContainerPort = port;

        var finding = Single(Id, "mariadb", "spec.template.spec.containers[0].ports[0].containerPort", set);

        Assert.Contains($"Port {port} is out of range", finding.Message);
        Assert.Contains($"containerPort: Invalid value: {port}: must be between 1 and 65535, inclusive", finding.Message);
    }

    [Fact]
    public void A_host_port_of_0_means_none_but_70000_is_reported()
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.Container(set).Ports![0].HostPort = 0;
        None(Id, set);

        ValidObjects.Container(set).Ports![0].HostPort = 70000;
        Single(Id, "mariadb", "spec.template.spec.containers[0].ports[0].hostPort", set);
    }

    [Fact]
    public void Service_port_target_port_and_node_port_are_checked()
    {
        var service = ValidObjects.Service();
        service.Spec!.Ports![0].Port = 0;
        service.Spec.Ports[0].TargetPort = 99999;
        service.Spec.Ports[0].NodePort = -5;

        var paths = Findings(Id, service).Select(f => f.Path).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(new[] { "spec.ports[0].nodePort", "spec.ports[0].port", "spec.ports[0].targetPort" }, paths);
    }

    [Fact]
    public void A_target_port_or_node_port_of_0_means_unset()
    {
        var service = ValidObjects.Service();
        service.Spec!.Ports![0].TargetPort = 0;
        service.Spec.Ports[0].NodePort = 0;

        None(Id, service);
    }

    [Fact]
    public void Probe_and_lifecycle_ports_are_checked()
    {
        var set = ValidObjects.StatefulSet();
        var container = ValidObjects.Container(set);
        container.ReadinessProbe!.TcpSocket!.Port = 0;
        container.LivenessProbe = new V1Probe { Grpc = new V1GRPCAction { Port = 70000 } };
        container.Lifecycle = new V1Lifecycle { PreStop = new V1LifecycleHandler { HttpGet = new V1HTTPGetAction { Port = 65536 } } };

        var paths = Findings(Id, set).Select(f => f.Path).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(
            new[]
            {
                "spec.template.spec.containers[0].lifecycle.preStop.httpGet.port",
                "spec.template.spec.containers[0].livenessProbe.grpc.port",
                "spec.template.spec.containers[0].readinessProbe.tcpSocket.port",
            },
            paths);
    }

    [Fact]
    public void A_missing_container_port_is_left_to_kt1101()
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.Container(set).Ports![0].ContainerPort = null;

        None(Id, set);
    }
}
