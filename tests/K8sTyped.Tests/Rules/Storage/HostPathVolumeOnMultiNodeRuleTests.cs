using K8sTyped.Models;
using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.RuleTestKit;
using static K8sTyped.Tests.Rules.Storage.StorageObjects;

namespace K8sTyped.Tests.Rules.Storage;

public class HostPathVolumeOnMultiNodeRuleTests
{
    private const string Id = "KT1309";

    private static ManifestSet On(int? nodeCount, params IKubernetesObject[] objects) =>
        new(objects, cluster: new ClusterProfile { NodeCount = nodeCount });

    [Fact]
    public void A_hostPath_volume_on_a_three_node_cluster_is_reported()
    {
        var finding = Single(Id, "pv", "spec.hostPath", On(3, HostPathVolume("pv", "/srv/data")));

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("hostPath /srv/data", finding.Message);
        Assert.Contains("this cluster has 3 nodes", finding.Message);
        Assert.Contains("local volume with nodeAffinity", finding.Message);
        Assert.Contains("CSI driver", finding.Message);
    }

    [Fact]
    public void A_hostPath_volume_on_a_single_node_cluster_is_not_reported()
    {
        None(Id, On(1, HostPathVolume("pv", "/srv/data")));
    }

    [Fact]
    public void An_unknown_node_count_is_taken_as_several_nodes()
    {
        var finding = Single(Id, "pv", "spec.hostPath", On(null, HostPathVolume("pv", "/srv/data")));

        Assert.Contains("node count is unknown", finding.Message);
        Assert.Contains("ClusterProfile.NodeCount = 1", finding.Message);
    }

    [Fact]
    public void Volumes_of_other_sources_are_not_reported()
    {
        None(Id, On(5, Volume("csi")));
    }
}
