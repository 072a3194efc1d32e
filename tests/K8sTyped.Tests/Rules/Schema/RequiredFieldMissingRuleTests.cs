using K8sTyped.Models;
using K8sTyped.Tests.Rules.Naming;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Schema;

public class RequiredFieldMissingRuleTests
{
    private const string Id = "KT1101";

    [Fact]
    public void A_complete_application_has_no_finding() =>
        None(Id, ValidObjects.StatefulSet(), ValidObjects.Service(), ValidObjects.Claim());

    [Fact]
    public void A_container_without_a_name_is_reported_at_its_path()
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.Container(set).Name = null;

        var finding = Single(Id, "mariadb", "spec.template.spec.containers[0].name", set);

        Assert.Contains("StatefulSet field spec.template.spec.containers[0].name is required but not set", finding.Message);
        Assert.Contains("\"spec.template.spec.containers[0].name: Required value\"", finding.Message);
        Assert.Equal(K8sTyped.Rules.Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_statefulset_without_a_selector_is_reported_and_the_message_names_the_type()
    {
        var set = ValidObjects.StatefulSet();
        set.Spec!.Selector = null;

        var finding = Single(Id, "mariadb", "spec.selector", set);

        Assert.Contains("an object of type LabelSelector", finding.Message);
    }

    [Fact]
    public void A_port_without_a_container_port_is_reported()
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.Container(set).Ports![0].ContainerPort = null;

        var finding = Single(Id, "mariadb", "spec.template.spec.containers[0].ports[0].containerPort", set);

        Assert.Contains("Set containerPort (an integer)", finding.Message);
    }

    [Fact]
    public void Every_missing_field_is_reported_once()
    {
        var service = ValidObjects.Service();
        service.Spec!.Ports = [new V1ServicePort { Name = "a" }, new V1ServicePort { Name = "b", Port = 80 }, new V1ServicePort { Name = "c" }];

        var paths = Findings(Id, service).Select(f => f.Path).ToArray();

        Assert.Equal(new[] { "spec.ports[0].port", "spec.ports[2].port" }, paths);
    }

    [Fact]
    public void Unset_objects_are_not_followed()
    {
        // A probe's tcpSocket requires a port, but a container without a probe has no tcpSocket to complain about.
        var set = ValidObjects.StatefulSet();
        ValidObjects.Container(set).ReadinessProbe = null;
        None(Id, set);

        ValidObjects.Container(set).ReadinessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction() };
        Single(Id, "mariadb", "spec.template.spec.containers[0].readinessProbe.tcpSocket.port", set);
    }

    [Fact]
    public void An_empty_list_counts_as_set()
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.PodSpec(set).Containers = [];

        None(Id, set);
    }

    [Fact]
    public void Status_is_not_checked_because_the_api_server_ignores_it()
    {
        var set = ValidObjects.StatefulSet();
        set.Status = new V1StatefulSetStatus(); // replicas is required in a status

        None(Id, set);
    }

    [Fact]
    public void Required_fields_of_map_values_and_nested_lists_are_found()
    {
        var pod = new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = "web" },
            Spec = new V1PodSpec
            {
                Containers = [new V1Container { Name = "web", Env = [new V1EnvVar { Value = "1" }] }],
                Volumes = [new V1Volume { Name = "conf", ConfigMap = new V1ConfigMapVolumeSource { Items = [new V1KeyToPath { Key = "a" }] } }],
            },
        };

        var paths = Findings(Id, pod).Select(f => f.Path).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(new[] { "spec.containers[0].env[0].name", "spec.volumes[0].configMap.items[0].path" }, paths);
    }

    [Fact]
    public void A_storage_class_without_a_provisioner_is_reported() =>
        Single(Id, "fast", "provisioner", new V1StorageClass { Metadata = new V1ObjectMeta { Name = "fast" } });
}
