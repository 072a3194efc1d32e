using K8sTyped.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Analyzers.Tests.Rules;

/// <summary>
/// Names the API server rejects (KT1001–KT1006) are underlined in the editor on the argument that gave the name, and a
/// valid name is not.
/// </summary>
public sealed class NamingRulesTests
{
    [Theory]
    [InlineData("{|KT1001:\"Bad_Name\"|}")]
    [InlineData("\"bad-name\"")]
    public Task An_object_name_that_is_no_DNS_subdomain_is_KT1001_at_the_name(string name) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Settings
            {
                public static readonly ConfigMap Config = ConfigMap.Named({{name}}).Data("mode", "fast");
            }
            """);

    [Fact]
    public Task A_Service_name_that_starts_with_a_digit_is_KT1001_at_the_name() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                static readonly Labels Web = Labels.Of("app", "web");
                public static readonly Service Svc = Service.ClusterIP({|KT1001:"1web"|}).Selecting(Web).Port("http", 80);
                public static readonly Deployment App = Deployment.Named("web").Pods(Web, p => p.Container("web", "nginx:1.27", c => c.Port("http", 80)));
            }
            """);

    [Fact]
    public Task A_namespace_that_is_no_DNS_label_is_KT1001_at_InNamespace() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Settings
            {
                public static readonly ConfigMap Config = ConfigMap.Named("settings").InNamespace({|KT1001:"Team_A"|}).Data("mode", "fast");
            }
            """);

    [Fact]
    public Task A_namespace_given_on_the_attribute_that_is_no_DNS_label_is_KT1001_at_the_attribute_argument() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests(Namespace = {|KT1001:"Team_A"|})]
            public static partial class Settings
            {
                public static readonly ConfigMap Config = ConfigMap.Named("settings").Data("mode", "fast");
            }
            """);

    [Fact]
    public Task An_invalid_application_namespace_is_one_KT1001_however_many_objects_it_reaches() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Settings
            {
                public static readonly Application App = Application.Named("settings").InNamespace({|KT1001:"Team_A"|}).Add(
                    ConfigMap.Named("settings").Data("mode", "fast"),
                    ConfigMap.Named("limits").Data("max", "10"));
            }
            """);

    [Fact]
    public Task A_namespace_the_attribute_gives_a_model_object_is_KT1001_at_the_attribute_argument() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests(Namespace = {|KT1001:"Team_A"|})]
            public static partial class Settings
            {
                public static readonly V1ConfigMap Config = new() { Metadata = new V1ObjectMeta { Name = "settings" } };
            }
            """);

    [Theory]
    [InlineData("{|KT1002:\"an-inventory-database-name-much-too-long-for-its-pods\"|}")]
    [InlineData("\"inventory-database\"")]
    public Task A_StatefulSet_name_too_long_for_its_pods_is_KT1002_at_the_name(string name) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named({{name}}).GovernedBy(Svc)
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)));
            }
            """);

    [Theory]
    [InlineData("{|KT1003:\"nightly build\"|}")]
    [InlineData("\"nightly-build\"")]
    public Task An_invalid_label_value_is_KT1003_at_the_value(string value) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Settings
            {
                public static readonly ConfigMap Config = ConfigMap.Named("settings").Label("release", {{value}}).Data("mode", "fast");
            }
            """);

    [Fact]
    public Task An_invalid_label_key_is_KT1003_at_the_key() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Settings
            {
                public static readonly ConfigMap Config = ConfigMap.Named("settings").Label({|KT1003:"release channel"|}, "nightly").Data("mode", "fast");
            }
            """);

    [Fact]
    public Task An_invalid_label_in_a_label_set_is_KT1003_at_the_label_set() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Settings
            {
                public static readonly ConfigMap Config = ConfigMap.Named("settings").Labeled({|KT1003:Labels.Of("release", "nightly build")|}).Data("mode", "fast");
            }
            """);

    [Theory]
    [InlineData("{|KT1004:\"http_alt\"|}")]
    [InlineData("\"http-alt\"")]
    public Task A_container_port_name_that_is_no_IANA_service_name_is_KT1004_at_the_name(string name) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named("web")
                    .Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27", c => c.Port({{name}}, 8080)));
            }
            """);

    [Fact]
    public Task A_Service_port_name_that_is_no_DNS_label_is_KT1004_at_the_name() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                static readonly Labels Web = Labels.Of("app", "web");
                public static readonly Service Svc = Service.ClusterIP("web").Selecting(Web).Port({|KT1004:"HTTP"|}, 80, targetPort: "http");
                public static readonly Deployment App = Deployment.Named("web").Pods(Web, p => p.Container("web", "nginx:1.27", c => c.Port("http", 80)));
            }
            """);

    [Theory]
    [InlineData("{|KT1005:70000|}")]
    [InlineData("7000")]
    public Task A_container_port_out_of_range_is_KT1005_at_the_port(string port) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named("web")
                    .Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27", c => c.Port("http", {{port}})));
            }
            """);

    [Fact]
    public Task A_Service_port_of_zero_is_KT1005_at_the_port() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                static readonly Labels Web = Labels.Of("app", "web");
                public static readonly Service Svc = Service.ClusterIP("web").Selecting(Web).Port("http", {|KT1005:0|}, targetPort: 80);
                public static readonly Deployment App = Deployment.Named("web").Pods(Web, p => p.Container("web", "nginx:1.27", c => c.Port("http", 80)));
            }
            """);

    [Theory]
    [InlineData("{|KT1006:\"Web\"|}")]
    [InlineData("\"web\"")]
    public Task A_container_name_that_is_no_DNS_label_is_KT1006_at_the_name(string name) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named("web")
                    .Pods(Labels.Of("app", "web"), p => p.Container({{name}}, "nginx:1.27"));
            }
            """);

    [Fact]
    public Task A_volume_name_and_a_hostname_that_are_no_DNS_labels_are_KT1006_at_each_name() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Front
                {
                    public static readonly Deployment App = Deployment.Named("web")
                        .Pods(Labels.Of("app", "web"), p => p
                            .Container("web", "nginx:1.27", c => c.Mount("Scratch", "/tmp"))
                            .EmptyDirVolume({|#0:"Scratch"|})
                            .Hostname({|#1:"web_host"|}));
                }
                """,
            ExpectedDiagnostics =
            {
                AnalyzerVerifier.Diagnostic("KT1006", DiagnosticSeverity.Error).WithLocation(0),
                AnalyzerVerifier.Diagnostic("KT1006", DiagnosticSeverity.Error).WithLocation(1),
                // A hostname without a subdomain gets no DNS record (a hint only).
                AnalyzerVerifier.Diagnostic("KT2011", DiagnosticSeverity.Info).WithLocation(1),
            },
        }.RunAsync();

    [Fact]
    public Task A_claim_template_name_that_is_no_DNS_label_is_KT1006_at_the_template_name() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Mount("Data", "/var/lib/postgresql")))
                    .ClaimTemplate({|KT1006:"Data"|}, AccessMode.ReadWriteOnce, "10Gi");
            }
            """);

    // The name the message suggests is the one UseNearestValidNameCodeFix writes (see UseNearestValidNameCodeFixTests).
    [Theory]
    [InlineData("ConfigMap", """ConfigMap.Named("Logs.Claim_1").Data("mode", "fast")""", "KT1001", "\"Logs.Claim_1\"", "logs.claim-1")]
    [InlineData("Service", """Service.ClusterIP("1_Web").Port("http", 80)""", "KT1001", "\"1_Web\"", "web")]
    [InlineData("Deployment", """Deployment.Named("web").Pods(Labels.Of("app", "web"), p => p.Container("Web.Server", "nginx:1.27"))""", "KT1006", "\"Web.Server\"", "web-server")]
    public async Task The_message_suggests_the_nearest_valid_name_the_code_fix_offers(string type, string resource, string id, string underlined, string suggestion)
    {
        var diagnostic = Assert.Single(await WorkspaceAnalysis.RunAsync($$"""
            [KubernetesManifests]
            public static partial class Names
            {
                public static readonly {{type}} Resource = {{resource}};
            }
            """));

        Assert.Equal((id, underlined), (diagnostic.Id, diagnostic.Underlined()));
        Assert.Contains($"such as \"{suggestion}\"", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
