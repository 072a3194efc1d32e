using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Naming;

public class InvalidPortNameRuleTests
{
    private const string Id = "KT1004";

    [Fact]
    public void Valid_port_names_have_no_finding() =>
        None(Id, ValidObjects.StatefulSet(), ValidObjects.Service());

    [Fact]
    public void A_container_port_name_longer_than_15_characters_is_reported()
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.Container(set).Ports![0].Name = "mysql-replication";

        var finding = Single(Id, "mariadb", "spec.template.spec.containers[0].ports[0].name", set);

        Assert.Contains("Container port name \"mysql-replication\" is not an IANA service name: must be no more than 15 characters", finding.Message);
        Assert.Contains("ports[0].name: Invalid value: \"mysql-replication\"", finding.Message);
    }

    [Theory]
    [InlineData("MySQL", "must contain only alpha-numeric characters")]
    [InlineData("my--sql", "must not contain consecutive hyphens")]
    [InlineData("3306", "must contain at least one letter")]
    [InlineData("mysql-", "must not begin or end with a hyphen")]
    public void Each_iana_mistake_is_reported_with_the_api_servers_reason(string name, string reason)
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.Container(set).Ports![0].Name = name;

        var finding = Single(Id, "mariadb", "spec.template.spec.containers[0].ports[0].name", set);

        Assert.Contains(reason, finding.Message);
    }

    [Fact]
    public void Init_container_port_names_are_checked()
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.PodSpec(set).InitContainers = [new V1Container { Name = "init", Ports = [new V1ContainerPort { Name = "Init", ContainerPort = 9000 }] }];

        Single(Id, "mariadb", "spec.template.spec.initContainers[0].ports[0].name", set);
    }

    [Fact]
    public void A_named_probe_port_must_be_an_iana_name()
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.Container(set).ReadinessProbe!.TcpSocket!.Port = "mysql_port";
        ValidObjects.Container(set).LivenessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Port = "health--check" } };

        var paths = Findings(Id, set).Select(f => f.Path).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            new[] { "spec.template.spec.containers[0].livenessProbe.httpGet.port", "spec.template.spec.containers[0].readinessProbe.tcpSocket.port" },
            paths);
    }

    [Fact]
    public void A_numeric_probe_port_is_not_a_name() 
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.Container(set).ReadinessProbe!.TcpSocket!.Port = 3306;

        None(Id, set);
    }

    [Fact]
    public void A_service_port_name_is_a_dns_label_and_may_be_longer_than_15()
    {
        var service = ValidObjects.Service();
        service.Spec!.Ports![0].Name = "mysql-replication";
        None(Id, service);

        service.Spec.Ports[0].Name = "MySQL";
        var finding = Single(Id, "mariadb", "spec.ports[0].name", service);
        Assert.Contains("Service port name \"MySQL\" is not a DNS-1123 label", finding.Message);
    }

    [Fact]
    public void A_named_target_port_must_be_an_iana_name()
    {
        var service = ValidObjects.Service();
        service.Spec!.Ports![0].TargetPort = "3306";

        var finding = Single(Id, "mariadb", "spec.ports[0].targetPort", service);

        Assert.Contains("Named targetPort \"3306\" is not an IANA service name: must contain at least one letter", finding.Message);
    }

    [Fact]
    public void An_unnamed_service_port_is_not_reported_here()
    {
        var service = ValidObjects.Service();
        service.Spec!.Ports![0].Name = null;
        service.Spec.Ports[0].TargetPort = 3306;

        None(Id, service);
    }
}
