using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;
using static K8sTyped.Tests.Rules.Storage.StorageObjects;

namespace K8sTyped.Tests.Rules.Storage;

public class VolumeSourceCountRuleTests
{
    private const string Id = "KT1304";

    [Fact]
    public void A_PersistentVolume_with_two_sources_is_reported_naming_them()
    {
        var volume = Volume("pv", spec => spec.Nfs = new V1NFSVolumeSource { Server = "nfs.example", Path = "/export" });

        var finding = Single(Id, "pv", "spec", volume);

        Assert.Equal(K8sTyped.Rules.Severity.Error, finding.Severity);
        Assert.Contains("has 2 volume sources (csi, nfs)", finding.Message);
        Assert.Contains("may not specify more than 1 volume type", finding.Message);
    }

    [Fact]
    public void A_PersistentVolume_with_one_source_is_not_reported()
    {
        None(Id, Volume("csi"), HostPathVolume("host", "/data"));
    }

    [Fact]
    public void A_PersistentVolume_without_a_source_is_reported()
    {
        var finding = Single(Id, "pv", "spec", Volume("pv", spec => spec.Csi = null));

        Assert.Contains("PersistentVolume 'pv' has no volume source", finding.Message);
        Assert.Contains("must specify a volume type", finding.Message);
    }

    [Fact]
    public void A_PersistentVolume_without_a_spec_has_no_source()
    {
        var finding = Single(Id, "pv", "spec", new V1PersistentVolume { Metadata = new V1ObjectMeta { Name = "pv" } });

        Assert.Contains("no volume source", finding.Message);
    }

    [Fact]
    public void ClaimRef_and_nodeAffinity_are_not_volume_sources()
    {
        var volume = Volume("pv", spec =>
        {
            spec.ClaimRef = new V1ObjectReference { Name = "data", Namespace = "default" };
            spec.NodeAffinity = new V1VolumeNodeAffinity();
        });

        None(Id, volume);
    }
}
