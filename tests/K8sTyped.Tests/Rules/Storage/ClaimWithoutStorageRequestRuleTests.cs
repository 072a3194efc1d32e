using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;
using static K8sTyped.Tests.Rules.Storage.StorageObjects;

namespace K8sTyped.Tests.Rules.Storage;

public class ClaimWithoutStorageRequestRuleTests
{
    private const string Id = "KT1302";

    [Fact]
    public void A_claim_without_resources_is_reported_naming_the_missing_field()
    {
        var claim = Claim("data");
        claim.Spec!.Resources = null;

        var finding = Single(Id, "data", "spec.resources.requests[storage]", claim);

        Assert.Equal(K8sTyped.Rules.Severity.Error, finding.Severity);
        Assert.Contains("Claim 'data' has no spec.resources.requests[storage]", finding.Message);
        Assert.Contains("Required value", finding.Message);
    }

    [Fact]
    public void A_positive_request_is_not_reported()
    {
        None(Id, Claim("data", "1"), StatefulSet("db", ClaimSpec("1Gi")));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0Gi")]
    [InlineData("-1Gi")]
    public void A_zero_or_negative_request_is_reported(string storage)
    {
        var finding = Single(Id, "data", "spec.resources.requests[storage]", Claim("data", storage));

        Assert.Contains($"requests {storage} of storage", finding.Message);
        Assert.Contains("must be greater than zero", finding.Message);
    }

    [Fact]
    public void A_claim_template_with_only_a_limit_is_reported_and_told_that_limits_do_not_size_claims()
    {
        var template = ClaimSpec();
        template.Resources = new V1VolumeResourceRequirements { Limits = new Dictionary<string, Quantity> { ["storage"] = "5Gi" } };

        var finding = Single(Id, "db", "spec.volumeClaimTemplates[0].spec.resources.requests[storage]", StatefulSet("db", template));

        Assert.StartsWith("Claim template 'data-0' of StatefulSet 'db'", finding.Message);
        Assert.Contains("A storage limit alone is not enough", finding.Message);
    }

    [Fact]
    public void Requests_for_other_resources_do_not_count_as_storage()
    {
        var claim = Claim("data");
        claim.Spec!.Resources!.Requests = new Dictionary<string, Quantity> { ["ephemeral-storage"] = "1Gi" };

        var finding = Single(Id, "data", "spec.resources.requests[storage]", claim);

        Assert.DoesNotContain("limit", finding.Message);
    }
}
