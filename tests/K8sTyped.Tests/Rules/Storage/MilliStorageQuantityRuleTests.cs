using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;
using static K8sTyped.Tests.Rules.Storage.StorageObjects;

namespace K8sTyped.Tests.Rules.Storage;

public class MilliStorageQuantityRuleTests
{
    private const string Id = "KT1103";

    [Fact]
    public void A_claim_request_in_milli_units_is_reported_with_the_mega_and_mebi_spellings()
    {
        var finding = Single(Id, "data", "spec.resources.requests[storage]", Claim("data", "500m"));

        Assert.Equal(K8sTyped.Rules.Severity.Warning, finding.Severity);
        Assert.Contains("'500m'", finding.Message);
        Assert.Contains("thousandths of a byte", finding.Message);
        Assert.Contains("'500Mi'", finding.Message);
        Assert.Contains("'500M'", finding.Message);
    }

    [Fact]
    public void Mega_mebi_and_plain_byte_counts_are_not_reported()
    {
        None(Id, Claim("a", "500M"), Claim("b", "500Mi"), Claim("c", "1073741824"), Claim("d", "1.5Gi"));
    }

    [Fact]
    public void A_claim_template_limit_in_milli_units_is_reported_on_the_StatefulSet()
    {
        var template = ClaimSpec("1Gi");
        template.Resources!.Limits = new Dictionary<string, Quantity> { ["storage"] = "2000m" };

        var finding = Single(Id, "db", "spec.volumeClaimTemplates[1].spec.resources.limits[storage]", StatefulSet("db", ClaimSpec(), template));

        Assert.Contains("claim template 'data-1' of StatefulSet 'db'", finding.Message);
        Assert.Contains("'2000Mi'", finding.Message);
    }

    [Fact]
    public void A_PersistentVolume_capacity_in_milli_units_is_reported()
    {
        var volume = Volume("pv", spec => spec.Capacity!["storage"] = "100m");

        var finding = Single(Id, "pv", "spec.capacity[storage]", volume);

        Assert.Contains("The capacity of PersistentVolume 'pv'", finding.Message);
    }

    [Fact]
    public void Milli_units_on_other_resources_are_not_storage_and_not_reported()
    {
        var claim = Claim("data");
        claim.Spec!.Resources!.Requests!["example.com/iops"] = "500m";

        None(Id, claim);
    }
}
