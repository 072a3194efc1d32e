using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;
using static K8sTyped.Tests.Rules.Storage.StorageObjects;

namespace K8sTyped.Tests.Rules.Storage;

public class InvalidHostPathRuleTests
{
    private const string Id = "KT1312";

    [Fact]
    public void A_PersistentVolume_hostPath_with_a_backstep_is_reported()
    {
        var finding = Single(Id, "pv", "spec.hostPath.path", HostPathVolume("pv", "/srv/../etc"));

        Assert.Equal(K8sTyped.Rules.Severity.Error, finding.Severity);
        Assert.Contains("PersistentVolume 'pv' has hostPath '/srv/../etc'", finding.Message);
        Assert.Contains("must not contain '..'", finding.Message);
    }

    [Fact]
    public void Ordinary_paths_and_names_that_merely_start_with_dots_are_not_reported()
    {
        None(
            Id,
            HostPathVolume("a", "/srv/data"),
            HostPathVolume("b", "/srv/..data"),
            HostPathVolume("c", "/", "Retain"),
            HostPathVolume("d", "/srv", "Recycle"),
            Pod("app", new V1Volume { Name = "logs", HostPath = new V1HostPathVolumeSource { Path = "/var/log" } }));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("//")]
    [InlineData("/./")]
    [InlineData("/.")]
    public void Recycling_the_root_directory_is_reported(string path)
    {
        var finding = Single(Id, "pv", "spec.persistentVolumeReclaimPolicy", HostPathVolume("pv", path, "Recycle"));

        Assert.Contains("may not be 'recycle' for a hostPath mount of '/'", finding.Message);
    }

    [Fact]
    public void A_path_that_backsteps_to_the_root_and_recycles_gets_both_findings()
    {
        var findings = Findings(Id, HostPathVolume("pv", "/tmp/..", "Recycle"));

        Assert.Equal(["spec.hostPath.path", "spec.persistentVolumeReclaimPolicy"], findings.Select(f => f.Path));
    }

    [Fact]
    public void A_pod_volume_with_a_backstep_is_reported_at_its_index()
    {
        var pod = Pod(
            "app",
            new V1Volume { Name = "ok", HostPath = new V1HostPathVolumeSource { Path = "/var/log" } },
            new V1Volume { Name = "escape", HostPath = new V1HostPathVolumeSource { Path = "../host" } });

        var finding = Single(Id, "app", "spec.volumes[1].hostPath.path", pod);

        Assert.Contains("Pod volume 'escape' of Pod 'app'", finding.Message);
    }

    [Fact]
    public void A_workload_template_volume_is_reported_on_the_workload()
    {
        var set = StatefulSet("db");
        set.Spec!.Template!.Spec!.Volumes = [new V1Volume { Name = "up", HostPath = new V1HostPathVolumeSource { Path = "/data/.." } }];

        Single(Id, "db", "spec.template.spec.volumes[0].hostPath.path", set);
    }
}
