using K8sTyped.Models;
using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Workloads;

public class DuplicateInPodRuleTests
{
    private const string Id = "KT1205";

    private static V1ContainerPort Port(int number, string? name = null, string? protocol = null) =>
        new() { ContainerPort = number, Name = name, Protocol = protocol };

    private static V1VolumeMount Mount(string volume, string path) => new() { Name = volume, MountPath = path };

    [Fact]
    public void A_container_name_used_twice_is_a_duplicate_at_the_second_one()
    {
        var set = ValidWorkloads.StatefulSet(change: s => s.Template!.Spec!.Containers!.Add(ValidWorkloads.Container("main")));

        var finding = Single(Id, "db", "spec.template.spec.containers[1].name", set);

        Assert.Contains("Duplicate value: \"main\"", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Init_containers_share_the_container_namespace_and_are_the_duplicate()
    {
        var pod = ValidWorkloads.Pod(change: p => p.InitContainers = [ValidWorkloads.Container("main")]);

        var finding = Single(Id, "debug", "spec.initContainers[0].name", pod);

        Assert.Contains("spec.containers[0]", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_volume_name_used_twice_is_a_duplicate()
    {
        var deployment = ValidWorkloads.Deployment(change: d => d.Template!.Spec!.Volumes =
        [
            new V1Volume { Name = "config", EmptyDir = new V1EmptyDirVolumeSource() },
            new V1Volume { Name = "config", EmptyDir = new V1EmptyDirVolumeSource() },
        ]);

        var finding = Single(Id, "web", "spec.template.spec.volumes[1].name", deployment);

        Assert.Contains("Duplicate value: \"config\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mount_path_used_twice_in_one_container_must_be_unique()
    {
        var set = ValidWorkloads.StatefulSet(change: s => s.Template!.Spec!.Containers![0].VolumeMounts =
            [Mount("data", "/var/lib/db"), Mount("logs", "/var/lib/db")]);

        var finding = Single(Id, "db", "spec.template.spec.containers[0].volumeMounts[1].mountPath", set);

        Assert.Contains("must be unique", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_mount_path_in_two_containers_is_accepted()
    {
        var set = ValidWorkloads.StatefulSet(change: s =>
        {
            s.Template!.Spec!.Containers![0].VolumeMounts = [Mount("data", "/data")];
            var sidecar = ValidWorkloads.Container("backup");
            sidecar.VolumeMounts = [Mount("data", "/data")];
            s.Template.Spec.Containers.Add(sidecar);
        });

        None(Id, set);
    }

    [Fact]
    public void A_port_name_used_twice_in_one_container_is_rejected()
    {
        var pod = ValidWorkloads.Pod(change: p => p.Containers = [ValidWorkloads.Container("main", Port(80, "http"), Port(8080, "http"))]);

        var finding = Single(Id, "debug", "spec.containers[0].ports[1].name", pod);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("Duplicate value: \"http\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_name_repeated_in_another_running_container_is_a_warning_naming_the_port_that_wins()
    {
        var pod = ValidWorkloads.Pod(change: p => p.Containers =
        [
            ValidWorkloads.Container("main", Port(8080, "metrics")),
            ValidWorkloads.Container("exporter", Port(9100, "metrics")),
        ]);

        var finding = Single(Id, "debug", "spec.containers[1].ports[0].name", pod);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("will use spec.containers[0].ports[0]", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_number_and_protocol_declared_twice_is_a_warning()
    {
        var pod = ValidWorkloads.Pod(change: p => p.Containers = [ValidWorkloads.Container("main", Port(53, "dns"), Port(53, "dns-again", "TCP"))]);

        var finding = Single(Id, "debug", "spec.containers[0].ports[1]", pod);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("duplicate port definition with spec.containers[0].ports[0]", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_port_number_with_another_protocol_is_accepted()
    {
        None(Id, ValidWorkloads.Pod(change: p => p.Containers = [ValidWorkloads.Container("dns", Port(53, "dns-tcp"), Port(53, "dns-udp", "UDP"))]));
    }

    [Fact]
    public void A_plain_init_container_runs_alone_so_its_ports_do_not_clash_but_a_sidecar_does()
    {
        var init = ValidWorkloads.Container("prepare", Port(8080, "http"));
        var sidecar = ValidWorkloads.Container("proxy", Port(8080, "http"));
        sidecar.RestartPolicy = "Always";

        None(Id, ValidWorkloads.Pod(change: p => { p.Containers = [ValidWorkloads.Container("main", Port(8080, "http"))]; p.InitContainers = [init]; }));
        var findings = Findings(Id, ValidWorkloads.Pod(change: p => { p.Containers = [ValidWorkloads.Container("main", Port(8080, "http"))]; p.InitContainers = [sidecar]; }));

        Assert.Equal(
            ["spec.initContainers[0].ports[0]", "spec.initContainers[0].ports[0].name"],
            findings.Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_pod_spec_site_is_checked_including_Jobs_and_CronJobs()
    {
        var job = ValidWorkloads.Job(change: j => j.Template!.Spec!.Containers!.Add(ValidWorkloads.Container("main")));
        var cronJob = new V1CronJob
        {
            Metadata = new V1ObjectMeta { Name = "nightly" },
            Spec = new V1CronJobSpec
            {
                Schedule = "0 3 * * *",
                JobTemplate = new V1JobTemplateSpec { Spec = ValidWorkloads.Job(change: j => j.Template!.Spec!.Containers!.Add(ValidWorkloads.Container("main"))).Spec },
            },
        };

        var findings = Findings(Id, job, cronJob);

        Assert.Equal(
            ["migrate spec.template.spec.containers[1].name", "nightly spec.jobTemplate.spec.template.spec.containers[1].name"],
            findings.Select(f => $"{f.Object!.Name} {f.Path}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Valid_workloads_have_no_duplicates()
    {
        None(Id, ValidWorkloads.StatefulSet(), ValidWorkloads.Deployment(), ValidWorkloads.ReplicaSet(), ValidWorkloads.DaemonSet(), ValidWorkloads.Pod());
    }
}
