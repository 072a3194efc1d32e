using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;
using static K8sTyped.Tests.Rules.Storage.StorageObjects;

namespace K8sTyped.Tests.Rules.Storage;

public class InTreeAwsElasticBlockStoreRuleTests
{
    private const string Id = "KT1310";

    private static V1PersistentVolume EbsVolume(string name, string volumeId, string? fsType = null) => Volume(name, spec =>
    {
        spec.Csi = null;
        spec.AwsElasticBlockStore = new V1AWSElasticBlockStoreVolumeSource { VolumeID = volumeId, FsType = fsType };
    });

    [Fact]
    public void An_awsElasticBlockStore_PersistentVolume_is_reported_with_its_csi_replacement()
    {
        var finding = Single(Id, "pv", "spec.awsElasticBlockStore", EbsVolume("pv", "aws://eu-west-1a/vol-0abc", "ext4"));

        Assert.Equal(K8sTyped.Rules.Severity.Warning, finding.Severity);
        Assert.Contains("removed in Kubernetes 1.27", finding.Message);
        Assert.Contains("csi: {driver: ebs.csi.aws.com, volumeHandle: vol-0abc, fsType: ext4}", finding.Message);
    }

    [Fact]
    public void A_csi_PersistentVolume_and_a_pod_without_ebs_volumes_are_not_reported()
    {
        None(Id, Volume("pv"), Pod("app", new V1Volume { Name = "scratch", EmptyDir = new V1EmptyDirVolumeSource() }));
    }

    [Fact]
    public void A_bare_volume_id_is_used_as_the_handle_and_read_only_is_carried_over()
    {
        var volume = EbsVolume("pv", "vol-0def");
        volume.Spec!.AwsElasticBlockStore!.ReadOnly = true;

        var finding = Single(Id, "pv", "spec.awsElasticBlockStore", volume);

        Assert.Contains("csi: {driver: ebs.csi.aws.com, volumeHandle: vol-0def, readOnly: true}", finding.Message);
    }

    [Fact]
    public void An_awsElasticBlockStore_pod_volume_is_reported_at_its_index()
    {
        var pod = Pod(
            "app",
            new V1Volume { Name = "scratch", EmptyDir = new V1EmptyDirVolumeSource() },
            new V1Volume { Name = "disk", AwsElasticBlockStore = new V1AWSElasticBlockStoreVolumeSource { VolumeID = "vol-0abc" } });

        var finding = Single(Id, "app", "spec.volumes[1].awsElasticBlockStore", pod);

        Assert.Contains("Pod volume 'disk' of Pod 'app'", finding.Message);
        Assert.Contains("no inline volumes", finding.Message);
        Assert.Contains("volumeHandle: vol-0abc", finding.Message);
    }

    [Fact]
    public void An_awsElasticBlockStore_volume_in_a_StatefulSet_template_is_reported_on_the_StatefulSet()
    {
        var set = StatefulSet("db");
        set.Spec!.Template!.Spec!.Volumes = [new V1Volume { Name = "disk", AwsElasticBlockStore = new V1AWSElasticBlockStoreVolumeSource { VolumeID = "vol-1" } }];

        Single(Id, "db", "spec.template.spec.volumes[0].awsElasticBlockStore", set);
    }
}
