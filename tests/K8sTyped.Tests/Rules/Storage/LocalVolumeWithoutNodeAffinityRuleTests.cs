using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;
using static K8sTyped.Tests.Rules.Storage.StorageObjects;

namespace K8sTyped.Tests.Rules.Storage;

public class LocalVolumeWithoutNodeAffinityRuleTests
{
    private const string Id = "KT1306";

    private static V1PersistentVolume LocalVolume(V1VolumeNodeAffinity? affinity) => Volume("local-pv", spec =>
    {
        spec.Csi = null;
        spec.Local = new V1LocalVolumeSource { Path = "/mnt/disks/ssd1" };
        spec.NodeAffinity = affinity;
    });

    private static V1VolumeNodeAffinity PinnedTo(string node) => new()
    {
        Required = new V1NodeSelector
        {
            NodeSelectorTerms =
            [
                new V1NodeSelectorTerm
                {
                    MatchExpressions = [new V1NodeSelectorRequirement { Key = "kubernetes.io/hostname", Operator = "In", Values = [node] }],
                },
            ],
        },
    };

    [Fact]
    public void A_local_volume_without_nodeAffinity_is_reported()
    {
        var finding = Single(Id, "local-pv", "spec.nodeAffinity", LocalVolume(null));

        Assert.Equal(K8sTyped.Rules.Severity.Error, finding.Severity);
        Assert.Contains("Local PersistentVolume 'local-pv' has no nodeAffinity", finding.Message);
        Assert.Contains("Local volume requires node affinity", finding.Message);
        Assert.Contains("/mnt/disks/ssd1", finding.Message);
        Assert.Contains("kubernetes.io/hostname", finding.Message);
    }

    [Fact]
    public void A_local_volume_pinned_to_a_node_and_a_csi_volume_without_affinity_are_not_reported()
    {
        None(Id, LocalVolume(PinnedTo("node-1")), Volume("csi"));
    }

    [Fact]
    public void NodeAffinity_without_required_is_reported()
    {
        var finding = Single(Id, "local-pv", "spec.nodeAffinity.required", LocalVolume(new V1VolumeNodeAffinity()));

        Assert.Contains("must specify required node constraints", finding.Message);
    }

    [Fact]
    public void Required_without_terms_is_reported()
    {
        var affinity = new V1VolumeNodeAffinity { Required = new V1NodeSelector { NodeSelectorTerms = [] } };

        var finding = Single(Id, "local-pv", "spec.nodeAffinity.required.nodeSelectorTerms", LocalVolume(affinity));

        Assert.Contains("must have at least one node selector term", finding.Message);
    }
}
