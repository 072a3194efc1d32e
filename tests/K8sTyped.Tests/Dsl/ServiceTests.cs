using K8sTyped.Models;

namespace K8sTyped.Tests.Dsl;

public class ServiceTests
{
    [Fact]
    public void Headless_sets_cluster_ip_none_and_no_type()
    {
        var service = Service.Headless("mariadb").Selecting(Labels.Of("app", "mariadb")).Port("mysql", 3306, targetPort: "mysql").PublishNotReadyAddresses().Build();

        var spec = service.Spec!;
        Assert.Equal("None", spec.ClusterIP);
        Assert.Null(spec.Type);
        Assert.True(spec.PublishNotReadyAddresses);
        Assert.Equal("mariadb", spec.Selector!["app"]);
        var port = Assert.Single(spec.Ports!);
        Assert.Equal("mysql", port.Name);
        Assert.Equal(3306, port.Port);
        Assert.Equal(new IntOrString("mysql"), port.TargetPort);
    }

    [Theory]
    [InlineData("ClusterIP")]
    [InlineData("NodePort")]
    [InlineData("LoadBalancer")]
    public void Typed_services_set_their_type_and_leave_the_cluster_ip_to_the_cluster(string type)
    {
        var service = type switch
        {
            "ClusterIP" => Service.ClusterIP("web"),
            "NodePort" => Service.NodePort("web"),
            _ => Service.LoadBalancer("web"),
        };

        var spec = service.Build().Spec!;

        Assert.Equal(type, spec.Type);
        Assert.Null(spec.ClusterIP);
    }

    [Fact]
    public void Ports_carry_numeric_targets_protocols_and_node_ports()
    {
        var spec = Service.NodePort("dns")
            .Port("dns", 53, targetPort: 5353, protocol: Protocol.Udp, nodePort: 30053)
            .Port("web", 80)
            .Build().Spec!;

        Assert.Equal(new IntOrString(5353), spec.Ports![0].TargetPort);
        Assert.Equal("UDP", spec.Ports[0].Protocol);
        Assert.Equal(30053, spec.Ports[0].NodePort);
        Assert.Null(spec.Ports[1].TargetPort);
        Assert.Null(spec.Ports[1].Protocol);
        Assert.Null(spec.Ports[1].NodePort);
    }
}
