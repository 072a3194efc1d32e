using K8sTyped.Models;
using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.RuleTestKit;
using static K8sTyped.Tests.Rules.Storage.StorageObjects;

namespace K8sTyped.Tests.Rules.Storage;

public class RecycleReclaimPolicyRuleTests
{
    private const string Id = "KT1307";

    [Fact]
    public void Recycle_on_a_source_without_a_recycler_is_an_error_naming_the_source()
    {
        var finding = Single(Id, "pv", "spec.persistentVolumeReclaimPolicy", Volume("pv", spec => spec.PersistentVolumeReclaimPolicy = "Recycle"));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("Recycle reclaim policy on a csi volume", finding.Message);
        Assert.Contains("No recycler plugin found for the volume!", finding.Message);
        Assert.Contains("Retain", finding.Message);
    }

    [Fact]
    public void Retain_and_Delete_are_not_reported()
    {
        None(Id, Volume("retain"), Volume("delete", spec => spec.PersistentVolumeReclaimPolicy = "Delete"), HostPathVolume("host", "/data"));
    }

    [Fact]
    public void Recycle_on_nfs_is_a_deprecation_warning()
    {
        var volume = Volume("pv", spec =>
        {
            spec.Csi = null;
            spec.Nfs = new V1NFSVolumeSource { Server = "nfs.example", Path = "/export" };
            spec.PersistentVolumeReclaimPolicy = "Recycle";
        });

        var finding = Single(Id, "pv", "spec.persistentVolumeReclaimPolicy", volume);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("deprecated", finding.Message);
        Assert.DoesNotContain("No recycler plugin", finding.Message);
    }

    [Fact]
    public void Recycle_on_hostPath_is_a_deprecation_warning()
    {
        var finding = Single(Id, "pv", "spec.persistentVolumeReclaimPolicy", HostPathVolume("pv", "/data", "Recycle"));

        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void A_configured_severity_overrides_the_error_of_a_source_without_a_recycler()
    {
        var manifests = new ManifestSet([Volume("pv", spec => spec.PersistentVolumeReclaimPolicy = "Recycle")]);

        var finding = Assert.Single(
            RuleEngine.Validate(manifests, new RuleOptions().WithSeverity(Id, Severity.Info)).Diagnostics, d => d.Id == Id);

        Assert.Equal(Severity.Info, finding.Severity);
    }
}
