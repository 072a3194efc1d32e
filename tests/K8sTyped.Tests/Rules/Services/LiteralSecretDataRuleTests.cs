using K8sTyped.Models;
using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Services;

public class LiteralSecretDataRuleTests
{
    private const string Id = "KT1403";

    private static V1Secret Secret(string name, Action<V1Secret> change)
    {
        var secret = new V1Secret { Metadata = new V1ObjectMeta { Name = name } };
        change(secret);
        return secret;
    }

    [Fact]
    public void Literal_data_is_a_warning_naming_the_keys_and_what_to_do()
    {
        var secret = Secret("db-credentials", s => s.Data = new Dictionary<string, byte[]>
        {
            ["username"] = "app"u8.ToArray(),
            ["password"] = "hunter2"u8.ToArray(),
        });

        var finding = Single(Id, "db-credentials", "data", secret);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("data: password, username", finding.Message, StringComparison.Ordinal);
        Assert.Contains("ExternalSecret", finding.Message, StringComparison.Ordinal);
        Assert.Contains("ExternalObjects.Declare(\"Secret\", namespace, \"db-credentials\")", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Literal_stringData_is_reported_on_its_own_field()
    {
        var secret = Secret("api", s => s.StringData = new Dictionary<string, string> { ["token"] = "abc" });

        Single(Id, "api", "stringData", secret);
    }

    [Fact]
    public void Both_maps_are_reported()
    {
        var secret = Secret("both", s =>
        {
            s.Data = new Dictionary<string, byte[]> { ["a"] = [1] };
            s.StringData = new Dictionary<string, string> { ["b"] = "2" };
        });

        Assert.Equal(["data", "stringData"], Findings(Id, secret).Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Empty_maps_and_token_Secrets_the_cluster_fills_are_accepted()
    {
        None(Id,
            Secret("empty", s => { s.Data = new Dictionary<string, byte[]>(); s.StringData = new Dictionary<string, string>(); }),
            Secret("bot-token", s =>
            {
                s.Type = "kubernetes.io/service-account-token";
                s.Metadata!.Annotations = new Dictionary<string, string> { ["kubernetes.io/service-account.name"] = "bot" };
            }));
    }
}
