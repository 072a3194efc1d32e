using K8sTyped.Models;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class UnusedClaimTemplateRuleTests
{
    private const string Id = "KT2007";

    [Fact]
    public void A_claim_template_no_container_mounts_is_reported()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.volumeClaimTemplates[1].metadata.name",
            StatefulSet("mariadb", pod: PodSpec(Container("mariadb", Mount("data"))), claimTemplates: [ClaimTemplate("data"), ClaimTemplate("logs")]));

        Assert.Contains("'logs' is mounted by no container", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'logs-mariadb-<ordinal>'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_mount_is_suggested()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.volumeClaimTemplates[0].metadata.name",
            StatefulSet("mariadb", pod: PodSpec(Container("mariadb", Mount("dta"))), claimTemplates: [ClaimTemplate("data")]));

        Assert.Contains("Did you mean 'dta'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_mounted_only_by_an_init_container_or_as_a_block_device_is_used()
    {
        var pod = PodSpec(Container("mariadb"));
        pod.InitContainers = [Container("restore", Mount("backup"))];
        pod.Containers![0].VolumeDevices = [new V1VolumeDevice { Name = "raw", DevicePath = "/dev/xvdb" }];

        RuleTestKit.None(Id, StatefulSet("mariadb", pod: pod, claimTemplates: [ClaimTemplate("backup"), ClaimTemplate("raw")]));
    }

    [Fact]
    public void A_mount_in_another_workload_does_not_use_the_template() =>
        RuleTestKit.Single(Id, "mariadb", "spec.volumeClaimTemplates[0].metadata.name",
            StatefulSet("mariadb", claimTemplates: [ClaimTemplate("data")]),
            Deployment("api", PodSpec(Container("api", Mount("data")))));
}
