using K8sTyped.Models;
using K8sTyped.Tests.Rules.Storage;
using static K8sTyped.Tests.Rules.Changes.ChangeKit;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Changes;

public class ClaimGrowsWithoutExpansionRuleTests
{
    private const string Id = "KT4006";

    private static V1PersistentVolumeClaim Uploads(string size)
    {
        var claim = StorageObjects.Claim("uploads", size);
        claim.Spec!.StorageClassName = "standard";
        return claim;
    }

    private static V1StatefulSet Db(string size)
    {
        var spec = StorageObjects.ClaimSpec(size);
        spec.StorageClassName = "standard";
        var set = StorageObjects.StatefulSet("db", spec);
        set.Spec!.Replicas = 2;
        return set;
    }

    [Fact]
    public void A_claim_that_grows_under_a_class_without_expansion_is_refused()
    {
        var standard = StorageObjects.StorageClass("standard");

        var finding = Single(Id, "uploads", "spec.resources.requests[storage]", AfterBuild([Uploads("10Gi")], standard, Uploads("20Gi")));

        Assert.Contains("grow from 10Gi (in the previous build's manifests) to 20Gi, but StorageClass 'standard' does not set allowVolumeExpansion: true", finding.Message, StringComparison.Ordinal);
        Assert.Contains("only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_claims_of_a_claim_template_are_named()
    {
        var finding = Single(Id, "db", "spec.volumeClaimTemplates[0].spec.resources.requests[storage]",
            AfterBuild([Db("10Gi")], StorageObjects.StorageClass("standard"), Db("20Gi")));

        Assert.StartsWith("The claims of claim template 'data-0' of StatefulSet 'db' (data-0-db-0, data-0-db-1) grow", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_that_allows_expansion_an_unknown_class_or_no_growth_is_fine()
    {
        None(Id, AfterBuild([Uploads("10Gi")], StorageObjects.StorageClass("standard", c => c.AllowVolumeExpansion = true), Uploads("20Gi")));
        None(Id, AfterBuild([Uploads("10Gi")], Uploads("20Gi")));
        None(Id, AfterBuild([Uploads("10Gi")], StorageObjects.StorageClass("standard"), Uploads("10Gi")));
    }

    [Fact]
    public void A_live_claim_is_judged_by_the_class_it_was_given()
    {
        var live = Uploads("10Gi");
        live.Spec!.StorageClassName = "gp2";
        var current = Uploads("20Gi");
        current.Spec!.StorageClassName = null;

        var finding = Single(Id, "uploads", "spec.resources.requests[storage]",
            AgainstLive([live, StorageObjects.StorageClass("gp2")], current));

        Assert.Contains("StorageClass 'gp2' (in the cluster inventory)", finding.Message, StringComparison.Ordinal);
    }
}
