using K8sTyped.Models;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class MountWithoutVolumeRuleTests
{
    private const string Id = "KT2005";

    [Fact]
    public void A_mount_naming_no_volume_is_reported_with_the_available_volumes_and_the_closest()
    {
        var pod = PodSpec(Container("mariadb", Mount("config", "/etc/mysql"), Mount("dta")));
        pod.Volumes = [EmptyDir("config"), EmptyDir("tmp")];

        var finding = RuleTestKit.Single(Id, "mariadb", "spec.template.spec.containers[0].volumeMounts[1].name",
            StatefulSet("mariadb", pod: pod, claimTemplates: [ClaimTemplate("data")]));

        Assert.Contains("volume 'dta'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'config', 'tmp', 'data'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'data'?", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Not found", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mounts_of_pod_volumes_and_claim_templates_pass()
    {
        var pod = PodSpec(Container("mariadb", Mount("config", "/etc/mysql"), Mount("data")));
        pod.Volumes = [EmptyDir("config")];

        RuleTestKit.None(Id, StatefulSet("mariadb", pod: pod, claimTemplates: [ClaimTemplate("data")]));
    }

    [Fact]
    public void Init_containers_are_checked_too()
    {
        var pod = PodSpec(Container("mariadb", Mount("data")));
        pod.InitContainers = [Container("init-permissions", Mount("data"), Mount("scripts"))];

        var finding = RuleTestKit.Single(Id, "mariadb", "spec.template.spec.initContainers[0].volumeMounts[1].name",
            StatefulSet("mariadb", pod: pod, claimTemplates: [ClaimTemplate("data")]));
        Assert.Contains("Container 'init-permissions'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_templates_only_count_for_StatefulSets()
    {
        var finding = RuleTestKit.Single(Id, "api", "spec.template.spec.containers[0].volumeMounts[0].name",
            Deployment("api", PodSpec(Container("api", Mount("data")))),
            StatefulSet("mariadb", claimTemplates: [ClaimTemplate("data")]));

        Assert.Contains("The pod has no volumes", finding.Message, StringComparison.Ordinal);
        Assert.Contains("FailedCreate", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CronJob_templates_and_block_devices_are_checked()
    {
        var container = Container("backup");
        container.VolumeDevices = [new V1VolumeDevice { Name = "disk", DevicePath = "/dev/xvda" }];

        RuleTestKit.Single(Id, "backup", "spec.jobTemplate.spec.template.spec.containers[0].volumeDevices[0].name",
            CronJob("backup", PodSpec(container)));
    }

    [Fact]
    public void A_bare_Pod_is_rejected_by_the_API_server()
    {
        var pod = new V1Pod { Metadata = Meta("debug"), Spec = PodSpec(Container("main", Mount("scratch"))) };

        var finding = RuleTestKit.Single(Id, "debug", "spec.containers[0].volumeMounts[0].name", pod);
        Assert.Contains("rejects the pod", finding.Message, StringComparison.Ordinal);
    }
}
