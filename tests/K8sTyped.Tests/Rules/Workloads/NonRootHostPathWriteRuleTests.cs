using K8sTyped.Models;

namespace K8sTyped.Tests.Rules.Workloads;

public class NonRootHostPathWriteRuleTests
{
    private const string Id = "KT1208";

    private static V1Pod Pod(long? runAsUser, string? hostPathType = "DirectoryOrCreate", bool readOnly = false, bool? runAsNonRoot = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = "zk-lab" },
        Spec = new V1PodSpec
        {
            SecurityContext = new V1PodSecurityContext { RunAsUser = runAsUser, RunAsNonRoot = runAsNonRoot, FsGroup = 1000 },
            Containers = [new V1Container { Name = "zk", Image = "zookeeper:3.9", VolumeMounts = [new V1VolumeMount { Name = "data", MountPath = "/var/lib/zookeeper", ReadOnly = readOnly ? true : null }] }],
            Volumes = [new V1Volume { Name = "data", HostPath = new V1HostPathVolumeSource { Path = "/mnt/zk", Type = hostPathType } }],
        },
    };

    [Fact]
    public void A_non_root_user_writing_a_created_hostPath_is_reported()
    {
        var finding = RuleTestKit.Single(Id, "zk-lab", "spec.containers[0].volumeMounts[0]", Pod(1000));

        Assert.Contains("runs as user 1000", finding.Message, StringComparison.Ordinal);
        Assert.Contains("fsGroup 1000 does not help", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunAsNonRoot_without_a_user_is_reported() =>
        RuleTestKit.Single(Id, "zk-lab", "spec.containers[0].volumeMounts[0]", Pod(null, runAsNonRoot: true));

    [Fact]
    public void Root_passes() => RuleTestKit.None(Id, Pod(0));

    [Fact]
    public void An_unknown_user_says_nothing() => RuleTestKit.None(Id, Pod(null));

    [Fact]
    public void A_read_only_mount_passes() => RuleTestKit.None(Id, Pod(1000, readOnly: true));

    [Fact]
    public void A_path_the_kubelet_does_not_create_is_not_judged() => RuleTestKit.None(Id, Pod(1000, hostPathType: "Directory"));
}
