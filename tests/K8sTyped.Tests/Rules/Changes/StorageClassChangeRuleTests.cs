using K8sTyped.Tests.Rules.Storage;
using static K8sTyped.Tests.Rules.Changes.ChangeKit;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Changes;

public class StorageClassChangeRuleTests
{
    private const string Id = "KT4004";

    [Theory]
    [InlineData("provisioner", "updates to provisioner are forbidden.")]
    [InlineData("parameters[type]", "updates to parameters are forbidden.")]
    [InlineData("reclaimPolicy", "updates to reclaimPolicy are forbidden.")]
    [InlineData("volumeBindingMode", "field is immutable")]
    public void A_fixed_field_that_changes_is_refused(string path, string refusal)
    {
        var before = StorageObjects.StorageClass("fast", c => c.Parameters = new Dictionary<string, string> { ["type"] = "gp2" });
        var current = StorageObjects.StorageClass("fast", c =>
        {
            c.Parameters = new Dictionary<string, string> { ["type"] = path == "parameters[type]" ? "gp3" : "gp2" };
            if (path == "provisioner") c.Provisioner = "pd.csi.storage.gke.io";
            if (path == "reclaimPolicy") c.ReclaimPolicy = "Retain";
            if (path == "volumeBindingMode") c.VolumeBindingMode = "Immediate";
        });

        var finding = Single(Id, "fast", path, AfterBuild([before], current));

        Assert.Contains(refusal, finding.Message, StringComparison.Ordinal);
        Assert.Contains("create a StorageClass under a new name", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expansion_mount_options_and_unset_defaults_may_change()
    {
        var before = StorageObjects.StorageClass("fast", c => { c.ReclaimPolicy = null; c.VolumeBindingMode = null; });
        var current = StorageObjects.StorageClass("fast", c =>
        {
            c.ReclaimPolicy = "Delete";
            c.VolumeBindingMode = "Immediate";
            c.AllowVolumeExpansion = true;
            c.MountOptions = ["noatime"];
        });

        None(Id, AfterBuild([before], current));
    }
}
