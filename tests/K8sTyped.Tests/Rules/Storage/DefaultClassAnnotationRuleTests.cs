using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;
using static K8sTyped.Tests.Rules.Storage.StorageObjects;

namespace K8sTyped.Tests.Rules.Storage;

public class DefaultClassAnnotationRuleTests
{
    private const string Id = "KT1311";
    private const string GaKey = "storageclass.kubernetes.io/is-default-class";
    private const string BetaKey = "storageclass.beta.kubernetes.io/is-default-class";

    private static V1StorageClass Annotated(string key, string value) =>
        StorageClass("standard", c => c.Metadata!.Annotations = new Dictionary<string, string> { [key] = value });

    [Fact]
    public void A_capitalised_True_is_reported()
    {
        var finding = Single(Id, "standard", $"metadata.annotations[{GaKey}]", Annotated(GaKey, "True"));

        Assert.Equal(K8sTyped.Rules.Severity.Warning, finding.Severity);
        Assert.Contains("\"True\"", finding.Message);
        Assert.Contains("exactly \"true\"", finding.Message);
        Assert.Contains("this class is not the default", finding.Message);
    }

    [Fact]
    public void Exactly_true_false_and_no_annotation_are_not_reported()
    {
        None(Id, Annotated(GaKey, "true"), Annotated(BetaKey, "true"), Annotated(GaKey, "false"), StorageClass("plain"));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData(" true")]
    [InlineData("")]
    public void Other_values_are_reported(string value)
    {
        Single(Id, "standard", $"metadata.annotations[{GaKey}]", Annotated(GaKey, value));
    }

    [Fact]
    public void The_beta_key_is_checked_too()
    {
        var finding = Single(Id, "standard", $"metadata.annotations[{BetaKey}]", Annotated(BetaKey, "TRUE"));

        Assert.Contains(BetaKey, finding.Message);
    }

    [Fact]
    public void Spellings_of_no_say_what_they_mean_and_are_not_reported()
    {
        None(Id, Annotated(GaKey, "False"), Annotated(BetaKey, "no"));
    }
}
