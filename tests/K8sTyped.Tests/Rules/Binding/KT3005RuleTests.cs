using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.Binding.BindingObjects;

namespace K8sTyped.Tests.Rules.Binding;

public class KT3005RuleTests
{
    private const string Id = "KT3005";

    [Fact]
    public void An_undefined_class_whose_volumes_do_not_fit_says_the_claim_stays_Pending()
    {
        var finding = RuleTestKit.Single(Id, "data", "spec.storageClassName",
            Pv("pv-manual", "1Gi", storageClass: "manual"),
            Pvc("data", "10Gi", storageClass: "manual"));

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("stays Pending unless the cluster has a StorageClass 'manual'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("1 PersistentVolume of that class", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RuleEngine.Validate(new ManifestSet([Pv("pv-manual", "1Gi", storageClass: "manual"), Pvc("data", "10Gi", storageClass: "manual")])).Diagnostics,
            d => d.Id == "KT2010");
    }

    [Fact]
    public void A_claim_template_is_reported_at_its_class() =>
        RuleTestKit.Single(Id, "db", "spec.volumeClaimTemplates[0].spec.storageClassName",
            Pv("pv-manual", "1Gi", storageClass: "manual"),
            StatefulSet("db", 1, "data", ClaimSpec("10Gi", storageClass: "manual")));

    [Fact]
    public void A_volume_of_the_class_that_fits_passes() =>
        RuleTestKit.None(Id, Pv("pv-manual", "10Gi", storageClass: "manual"), Pvc("data", "10Gi", storageClass: "manual"));

    [Fact]
    public void A_class_declared_external_passes()
    {
        var externals = new ExternalObjects();
        externals.Declare("StorageClass", null, "manual");

        RuleTestKit.None(Id, new ManifestSet([Pv("pv-manual", "1Gi", storageClass: "manual"), Pvc("data", "10Gi", storageClass: "manual")], externals: externals));
    }

    [Fact]
    public void A_class_the_manifests_define_is_not_this_rules_business() =>
        RuleTestKit.None(Id, StorageClass("manual", "kubernetes.io/no-provisioner"), Pv("pv-manual", "1Gi", storageClass: "manual"), Pvc("data", "10Gi", storageClass: "manual"));
}
