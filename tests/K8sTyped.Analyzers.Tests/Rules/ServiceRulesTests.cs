using K8sTyped.Analyzers.Tests.TestSupport;

namespace K8sTyped.Analyzers.Tests.Rules;

/// <summary>
/// Services the API server rejects (KT1401 a headless Service of another type, KT1402 ports) and Secrets written in
/// source (KT1403) are underlined on the call or argument that made them so.
/// </summary>
public sealed class ServiceRulesTests
{
    [Fact]
    public Task A_headless_Service_turned_into_a_NodePort_is_KT1401_at_Headless() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                public static readonly Service Svc = Service.{|KT1401:Headless("inventory")|}.Selecting(Pods).Port("sql", 5432)
                    .Configure(s => s.Spec!.Type = "NodePort");
                public static readonly Deployment App = Deployment.Named("inventory").Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)));
            }
            """);

    [Fact]
    public Task A_Service_without_ports_is_KT1402_at_its_factory() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                static readonly Labels Web = Labels.Of("app", "web");
                public static readonly Service Svc = Service.{|KT1402:ClusterIP("web")|}.Selecting(Web);
                public static readonly Deployment App = Deployment.Named("web").Pods(Web, p => p.Container("web", "nginx:1.27", c => c.Port("http", 80)));
            }
            """);

    [Fact]
    public Task A_headless_Service_without_ports_is_clean() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                static readonly Labels Web = Labels.Of("app", "web");
                public static readonly Service Svc = Service.Headless("web").Selecting(Web);
                public static readonly Deployment App = Deployment.Named("web").Pods(Web, p => p.Container("web", "nginx:1.27", c => c.Port("http", 80)));
            }
            """);

    [Theory]
    [InlineData("{|KT1402:\"http\"|}")]
    [InlineData("\"admin\"")]
    public Task A_second_Service_port_of_the_same_name_is_KT1402_at_its_name(string name) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Front
            {
                static readonly Labels Web = Labels.Of("app", "web");
                public static readonly Service Svc = Service.ClusterIP("web").Selecting(Web).Port("http", 80).Port({{name}}, 8080);
                public static readonly Deployment App = Deployment.Named("web").Pods(Web, p => p.Container("web", "nginx:1.27", c => c.Port("http", 80).Port("admin", 8080)));
            }
            """);

    [Fact]
    public Task Clear_text_in_a_Secret_is_KT1403_at_the_first_value() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Credentials
            {
                public static readonly Secret Db = Secret.Named("db-credentials").StringData("password", {|KT1403:"hunter2"|}).StringData("user", "root");
            }
            """);

    [Fact]
    public Task Secret_data_set_by_Configure_is_KT1403_at_the_assigned_dictionary() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Credentials
            {
                public static readonly Secret Db = Secret.Named("db-credentials")
                    .Configure(s => s.Data = {|KT1403:new Dictionary<string, byte[]> { ["password"] = [104, 117, 110, 116, 101, 114, 50] }|});
            }
            """);

    [Fact]
    public Task A_Secret_declared_external_instead_is_clean() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Credentials
            {
                public static readonly Application App = Application.Named("db").ExternalSecret("db-credentials").Add(
                    Deployment.Named("db").Pods(Labels.Of("app", "db"), p => p.Container("db", "postgres:17", c => c
                        .Env("POSTGRES_PASSWORD", Secret.Key("db-credentials", "password")))));
            }
            """);
}
