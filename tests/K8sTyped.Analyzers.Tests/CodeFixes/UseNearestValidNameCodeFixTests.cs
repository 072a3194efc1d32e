using K8sTyped.CodeFixes;
using Verify = K8sTyped.Analyzers.Tests.TestSupport.CodeFixVerifier<K8sTyped.CodeFixes.UseNearestValidNameCodeFix>;

namespace K8sTyped.Analyzers.Tests.CodeFixes;

public sealed class UseNearestValidNameCodeFixTests
{
    [Fact]
    public Task A_Service_name_becomes_a_DNS_1035_label() =>
        Verify.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Application App = Application.Named("web").InNamespace("lab").Add(
                    Service.ClusterIP({|KT1001:"1_Web"|}).Port("http", 80));
            }
            """, """
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Application App = Application.Named("web").InNamespace("lab").Add(
                    Service.ClusterIP("web").Port("http", 80));
            }
            """);

    [Fact]
    public Task A_claim_name_keeps_its_dots_as_a_DNS_1123_subdomain() =>
        Verify.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Logs
            {
                public static readonly Application App = Application.Named("logs").InNamespace("lab").Add(
                    PersistentVolumeClaim.Named({|KT1001:"Logs.Claim_1"|}).AccessModes(AccessMode.ReadWriteOnce).Requesting("1Gi"));
            }
            """, """
            [KubernetesManifests]
            public static partial class Logs
            {
                public static readonly Application App = Application.Named("logs").InNamespace("lab").Add(
                    PersistentVolumeClaim.Named("logs.claim-1").AccessModes(AccessMode.ReadWriteOnce).Requesting("1Gi"));
            }
            """);

    [Fact]
    public Task A_container_name_becomes_a_DNS_1123_label() =>
        Verify.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Web
            {
                static readonly Labels Pods = Labels.Of("app", "web");
                public static readonly Application App = Application.Named("web").InNamespace("lab").Add(
                    Deployment.Named("web").Pods(Pods, p => p.Container({|KT1006:"Web.Server"|}, "nginx:1.27")));
            }
            """, """
            [KubernetesManifests]
            public static partial class Web
            {
                static readonly Labels Pods = Labels.Of("app", "web");
                public static readonly Application App = Application.Named("web").InNamespace("lab").Add(
                    Deployment.Named("web").Pods(Pods, p => p.Container("web-server", "nginx:1.27")));
            }
            """);

    [Fact]
    public Task Fix_all_renames_every_invalid_name_literal() =>
        Verify.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Web
            {
                static readonly Labels Pods = Labels.Of("app", "web");
                public static readonly Application App = Application.Named("web").InNamespace("lab").Add(
                    Service.ClusterIP({|KT1001:"Web_Front"|}).Selecting(Pods).Port("http", 80),
                    Deployment.Named("web").Pods(Pods, p => p
                        .Container({|KT1006:"Web_Server"|}, "nginx:1.27", c => c.Port("http", 80))
                        .Container({|KT1006:"Log_Shipper"|}, "fluent-bit:3")));
            }
            """, """
            [KubernetesManifests]
            public static partial class Web
            {
                static readonly Labels Pods = Labels.Of("app", "web");
                public static readonly Application App = Application.Named("web").InNamespace("lab").Add(
                    Service.ClusterIP("web-front").Selecting(Pods).Port("http", 80),
                    Deployment.Named("web").Pods(Pods, p => p
                        .Container("web-server", "nginx:1.27", c => c.Port("http", 80))
                        .Container("log-shipper", "fluent-bit:3")));
            }
            """);

    [Fact]
    public Task A_namespace_becomes_a_DNS_1123_label() =>
        Verify.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Application App = Application.Named("web").Add(
                    Service.ClusterIP("web").InNamespace({|KT1001:"Lab_1"|}).Port("http", 80));
            }
            """, """
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Application App = Application.Named("web").Add(
                    Service.ClusterIP("web").InNamespace("lab-1").Port("http", 80));
            }
            """);

    [Fact]
    public Task A_StatefulSet_name_becomes_a_DNS_1123_label_without_dots() =>
        Verify.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Db
            {
                public static readonly Application App = Application.Named("db").InNamespace("lab").Add(
                    StatefulSet.Named({|KT1001:"db.primary"|}).Pods(Labels.Of("app", "db"), p => p.Container("db", "postgres:17")));
            }
            """, """
            [KubernetesManifests]
            public static partial class Db
            {
                public static readonly Application App = Application.Named("db").InNamespace("lab").Add(
                    StatefulSet.Named("db-primary").Pods(Labels.Of("app", "db"), p => p.Container("db", "postgres:17")));
            }
            """);

    [Fact]
    public Task A_name_given_by_a_constant_gets_no_action() =>
        Verify.VerifyNoFixAsync("""
            [KubernetesManifests]
            public static partial class Web
            {
                const string Name = "1_Web";
                public static readonly Application App = Application.Named("web").InNamespace("lab").Add(
                    Service.ClusterIP({|KT1001:Name|}).Port("http", 80));
            }
            """);

    [Fact]
    public async Task The_action_is_titled_with_the_name_it_writes()
    {
        var test = Verify.Create("""
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Application App = Application.Named("web").InNamespace("lab").Add(
                    Service.ClusterIP({|KT1001:"Web"|}).Port("http", 80));
            }
            """, """
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Application App = Application.Named("web").InNamespace("lab").Add(
                    Service.ClusterIP("web").Port("http", 80));
            }
            """, UseNearestValidNameCodeFix.EquivalenceKey);
        test.CodeActionVerifier = (action, verifier) => verifier.Equal("Use 'web'", action.Title);
        await test.RunAsync();
    }
}
