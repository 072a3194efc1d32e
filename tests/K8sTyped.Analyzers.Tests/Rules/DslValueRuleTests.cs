using K8sTyped.Analyzers.Tests.TestSupport;

namespace K8sTyped.Analyzers.Tests.Rules;

/// <summary>
/// A value the DSL cannot use (KT0002, an invalid quantity such as <c>"250MB"</c>) is an error on exactly that argument,
/// and on nothing else: the DSL leaves the field out instead of writing what the API server would reject.
/// </summary>
public sealed class DslValueRuleTests
{
    [Theory]
    [InlineData("{|KT0002:\"512MB\"|}")]
    [InlineData("\"512M\"")]
    public Task An_invalid_memory_request_is_KT0002_at_the_size(string memory) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named("web")
                    .Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27", c => c.Requests(cpu: "250m", memory: {{memory}})));
            }
            """);

    [Fact]
    public Task An_invalid_emptyDir_size_limit_is_KT0002_at_the_limit() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named("web")
                    .Pods(Labels.Of("app", "web"), p => p
                        .Container("web", "nginx:1.27", c => c.Mount("cache", "/cache"))
                        .EmptyDirVolume("cache", sizeLimit: {|KT0002:"1 GiB"|}));
            }
            """);

    [Fact]
    public Task An_invalid_claim_template_size_is_KT0002_at_the_size_and_nothing_else() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Mount("data", "/var/lib/postgresql")))
                    .ClaimTemplate("data", AccessMode.ReadWriteOnce, {|KT0002:"250MB"|});
            }
            """);
}
