using K8sTyped.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Analyzers.Tests.Rules;

/// <summary>
/// References between objects that do not hold (KT2001–KT2010) are underlined where the user can act: the reference
/// (<c>GovernedBy(...)</c>, a mount, a selector), with the other object, at the field that matters, as an additional
/// location (the Service, its selector or namespace, the closest pods, the other default class).
/// </summary>
public sealed class GraphRulesTests
{
    [Theory]
    [InlineData("{|KT2001:\"inventroy\"|}")]
    [InlineData("\"inventory\"")]
    public Task A_serviceName_that_names_no_Service_is_KT2001_at_GovernedBy(string serviceName) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                public static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy({{serviceName}})
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)));
            }
            """);

    [Fact]
    public Task A_serviceName_whose_Service_is_in_another_namespace_is_KT2001_at_GovernedBy_with_that_Service_as_related_location() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Inventory
                {
                    static readonly Labels Pods = Labels.Of("app", "inventory");
                    public static readonly Service Svc = Service.Headless("inventory").InNamespace({|#1:"shared"|}).Selecting({|#2:Pods|}).Port("sql", 5432);
                    public static readonly StatefulSet Db = StatefulSet.Named("inventory").InNamespace("data").GovernedBy({|#0:"inventory"|})
                        .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)));
                }
                """,
            ExpectedDiagnostics =
            {
                // The related location is the field that keeps the Service from counting: its namespace.
                AnalyzerVerifier.Diagnostic("KT2001", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1),
                // And in its own namespace the Service selects no pods of the manifests (a hint only).
                AnalyzerVerifier.Diagnostic("KT2004", DiagnosticSeverity.Info).WithLocation(2),
            },
        }.RunAsync();

    [Fact]
    public Task A_ClusterIP_Service_governing_a_StatefulSet_is_KT2002_at_GovernedBy_with_the_Service_as_related_location() =>
        // The Service sets no clusterIP, so the related location is its spec: the factory that made it.
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Db
                {
                    static readonly Labels Pods = Labels.Of("app", "db");
                    static readonly Service Svc = Service.{|#1:ClusterIP("db")|}.Selecting(Pods).Port("sql", 5432);
                    public static readonly Application App = Application.Named("db").InNamespace("data").Add(
                        Svc,
                        StatefulSet.Named("db").GovernedBy({|#0:Svc|}).Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432))));
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT2002", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task A_headless_Service_governing_a_StatefulSet_is_clean() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Db
            {
                static readonly Labels Pods = Labels.Of("app", "db");
                static readonly Service Svc = Service.Headless("db").Selecting(Pods).Port("sql", 5432);
                public static readonly Application App = Application.Named("db").InNamespace("data").Add(
                    Svc,
                    StatefulSet.Named("db").GovernedBy(Svc).Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432))));
            }
            """);

    [Fact]
    public Task A_governing_Service_that_selects_other_pods_is_KT2003_at_GovernedBy_with_the_selector_as_related_location() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Inventory
                {
                    static readonly Labels Pods = Labels.Of("app", "inventory");
                    public static readonly Service Svc = Service.Headless("inventory").Selecting({|#1:Labels.Of("app", "inventroy")|}).Port("sql", 5432);
                    public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy({|#0:Svc|})
                        .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)));
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT2003", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task A_Service_that_selects_no_pod_of_the_manifests_is_KT2004_at_its_selector_with_the_closest_workload_as_related_location() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Front
                {
                    public static readonly Service Svc = Service.ClusterIP("web").Selecting({|#0:Labels.Of("app", "frontend")|}).Port("http", 80);
                    public static readonly Deployment App = Deployment.Named("web").Pods({|#1:Labels.Of("app", "web")|}, p => p.Container("web", "nginx:1.27", c => c.Port("http", 80)));
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT2004", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task A_Service_that_selects_its_pods_is_clean() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Service Svc = Service.ClusterIP("web").Selecting(Labels.Of("app", "web")).Port("http", 80);
                public static readonly Deployment App = Deployment.Named("web").Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27", c => c.Port("http", 80)));
            }
            """);

    [Fact]
    public Task A_Service_in_manifests_without_pods_is_KT2004_only_as_a_hint() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Front
                {
                    public static readonly Service Svc = Service.ClusterIP("web").Selecting({|#0:Labels.Of("app", "web")|}).Port("http", 80);
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT2004", DiagnosticSeverity.Info).WithLocation(0) },
        }.RunAsync();

    [Theory]
    [InlineData("{|KT2005:\"dta\"|}")]
    [InlineData("\"data\"")]
    public Task A_mount_of_a_volume_the_pod_does_not_have_is_KT2005_at_the_volume_name(string volume) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                public static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Mount("data", "/var/lib/postgresql").Mount({{volume}}, "/backup")))
                    .ClaimTemplate("data", AccessMode.ReadWriteOnce, "10Gi");
            }
            """);

    [Fact]
    public Task A_pod_volume_named_like_a_claim_template_is_KT2006_at_the_volume_name() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                public static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .Pods(Pods, p => p
                        .Container("db", "postgres:17", c => c.Port("sql", 5432).Mount("data", "/var/lib/postgresql"))
                        .EmptyDirVolume({|KT2006:"data"|}))
                    .ClaimTemplate("data", AccessMode.ReadWriteOnce, "10Gi");
            }
            """);

    [Theory]
    [InlineData("{|KT2007:\"backup\"|}")]
    [InlineData("\"data\"")]
    public Task A_claim_template_no_container_mounts_is_KT2007_at_the_template_name(string template) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                public static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Mount("data", "/var/lib/postgresql")))
                    .ClaimTemplate("data", AccessMode.ReadWriteOnce, "10Gi")
                    .ClaimTemplate({{template}}, AccessMode.ReadWriteOnce, "10Gi");
            }
            """);

    [Theory]
    [InlineData("{|KT2008:\"settings\"|}")]
    [InlineData("\"feature-flags\"")]
    public Task A_second_object_of_the_same_kind_and_name_is_KT2008_at_its_name(string name) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Settings
            {
                public static readonly ConfigMap Config = ConfigMap.Named("settings").Data("mode", "fast");
                public static readonly ConfigMap Flags = ConfigMap.Named({{name}}).Data("beta", "on");
            }
            """);

    [Fact]
    public Task A_second_default_StorageClass_is_KT2009_at_AsDefault_with_the_first_default_as_related_location() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Classes
                {
                    public static readonly StorageClass Fast = StorageClass.Named("fast").Provisioner("ebs.csi.aws.com").{|#1:AsDefault()|};
                    public static readonly StorageClass Slow = StorageClass.Named("slow").Provisioner("ebs.csi.aws.com").{|#0:AsDefault()|};
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT2009", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task A_Secret_neither_in_the_manifests_nor_declared_external_is_KT2010_at_the_key_reference() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Db
            {
                public static readonly Deployment App = Deployment.Named("db").Pods(Labels.Of("app", "db"), p => p.Container("db", "postgres:17", c => c
                    .Env("POSTGRES_PASSWORD", {|KT2010:Secret.Key("db-credentials", "password")|})));
            }
            """);
}
