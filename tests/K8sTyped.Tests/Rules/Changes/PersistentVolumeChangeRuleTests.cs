using K8sTyped.Models;
using K8sTyped.Tests.Rules.Storage;
using static K8sTyped.Tests.Rules.Changes.ChangeKit;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Changes;

public class PersistentVolumeChangeRuleTests
{
    private const string Id = "KT4003";

    private static V1NodeSelectorTerm Zone(string zone) => new()
    {
        MatchExpressions = [new V1NodeSelectorRequirement { Key = "topology.kubernetes.io/zone", Operator = "In", Values = [zone] }],
    };

    [Fact]
    public void Another_volume_source_is_refused()
    {
        var finding = Single(Id, "uploads", "spec.csi.volumeHandle",
            AfterBuild([StorageObjects.Volume("uploads")], StorageObjects.Volume("uploads", spec => spec.Csi!.VolumeHandle = "vol-0fedcba9876543210")));

        Assert.Contains("spec.persistentvolumesource is immutable after creation", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_of_another_type_is_one_finding_at_the_new_source()
    {
        var finding = Single(Id, "uploads", "spec.hostPath.path",
            AfterBuild([StorageObjects.Volume("uploads")], StorageObjects.HostPathVolume("uploads", "/srv/uploads")));

        Assert.Contains("changes its volume source", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nodeAffinity_it_had_cannot_change_but_one_may_be_added()
    {
        var before = StorageObjects.Volume("uploads", spec => spec.NodeAffinity = new V1VolumeNodeAffinity { Required = new V1NodeSelector { NodeSelectorTerms = [Zone("eu-west-1a")] } });
        var current = StorageObjects.Volume("uploads", spec => spec.NodeAffinity = new V1VolumeNodeAffinity { Required = new V1NodeSelector { NodeSelectorTerms = [Zone("eu-west-1b")] } });

        var finding = Single(Id, "uploads", "spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values[0]", AfterBuild([before], current));
        Assert.Contains("MutablePVNodeAffinity", finding.Message, StringComparison.Ordinal);
        None(Id, AfterBuild([StorageObjects.Volume("uploads")], current));
    }

    [Fact]
    public void Capacity_class_reclaim_policy_and_an_added_expand_secret_may_change()
    {
        var current = StorageObjects.Volume("uploads", spec =>
        {
            spec.Capacity!["storage"] = "20Gi";
            spec.StorageClassName = "manual";
            spec.PersistentVolumeReclaimPolicy = "Delete";
            spec.Csi!.ControllerExpandSecretRef = new V1SecretReference { Name = "expand", Namespace = "kube-system" };
        });

        None(Id, AfterBuild([StorageObjects.Volume("uploads")], current));
    }

    [Fact]
    public void Another_volume_mode_is_refused()
    {
        var finding = Single(Id, "uploads", "spec.volumeMode",
            AfterBuild([StorageObjects.Volume("uploads")], StorageObjects.Volume("uploads", spec => spec.VolumeMode = "Block")));

        Assert.Contains("field is immutable", finding.Message, StringComparison.Ordinal);
    }
}
