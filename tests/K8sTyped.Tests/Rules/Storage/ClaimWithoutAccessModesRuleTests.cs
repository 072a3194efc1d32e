using static K8sTyped.Tests.Rules.RuleTestKit;
using static K8sTyped.Tests.Rules.Storage.StorageObjects;

namespace K8sTyped.Tests.Rules.Storage;

public class ClaimWithoutAccessModesRuleTests
{
    private const string Id = "KT1301";

    [Fact]
    public void A_claim_without_access_modes_is_reported()
    {
        var claim = Claim("data");
        claim.Spec!.AccessModes = null;

        var finding = Single(Id, "data", "spec.accessModes", claim);

        Assert.Equal(K8sTyped.Rules.Severity.Error, finding.Severity);
        Assert.Contains("Claim 'data' has no access modes", finding.Message);
        Assert.Contains("at least 1 access mode is required", finding.Message);
        Assert.Contains("ReadWriteOnce", finding.Message);
    }

    [Fact]
    public void A_claim_with_an_access_mode_is_not_reported()
    {
        None(Id, Claim("data", "10Gi", "ReadWriteOnce"), StatefulSet("db", ClaimSpec("1Gi", "ReadWriteOncePod")));
    }

    [Fact]
    public void An_empty_access_mode_list_on_a_claim_template_is_reported_on_the_StatefulSet()
    {
        var template = ClaimSpec();
        template.AccessModes = [];

        var finding = Single(Id, "db", "spec.volumeClaimTemplates[1].spec.accessModes", StatefulSet("db", ClaimSpec(), template));

        Assert.StartsWith("Claim template 'data-1' of StatefulSet 'db'", finding.Message);
    }
}
