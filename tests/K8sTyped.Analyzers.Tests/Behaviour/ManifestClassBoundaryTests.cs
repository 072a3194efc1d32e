using K8sTyped.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Analyzers.Tests.Behaviour;

/// <summary>
/// Each <c>[KubernetesManifests]</c> class is one application: dev and prod variants of one app in the same project
/// are never taken for duplicates of each other and never bind each other's volumes. What another class defines is
/// deployed beside it: a Service in one class may govern a StatefulSet in another, and select its pods.
/// </summary>
public sealed class ManifestClassBoundaryTests
{
    private const string NetworkingClass = """
        [KubernetesManifests(Namespace = "data")]
        public static partial class Networking
        {
            public static readonly Service Db = Service.Headless("db").Selecting(Labels.Of("app", "db")).Port("sql", 5432);
        }
        """;

    private const string DatabaseClass = """
        [KubernetesManifests(Namespace = "data")]
        public static partial class Database
        {
            public static readonly StatefulSet Db = StatefulSet.Named("db").GovernedBy("db")
                .Pods(Labels.Of("app", "db"), p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)));
        }
        """;

    [Fact]
    public Task A_StatefulSet_governed_by_a_Service_of_another_class_is_not_KT2001() =>
        AnalyzerVerifier.VerifyAsync(DatabaseClass, NetworkingClass);

    [Fact]
    public Task A_StatefulSet_governed_by_a_Service_no_class_defines_is_KT2001() =>
        AnalyzerVerifier.VerifyAsync(DatabaseClass.Replace("GovernedBy(\"db\")", "GovernedBy({|KT2001:\"db\"|})", StringComparison.Ordinal));

    [Fact]
    public Task A_ConfigMap_another_class_defines_is_not_KT2010() =>
        AnalyzerVerifier.VerifyAsync(
            """
            [KubernetesManifests(Namespace = "web")]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named("web").Pods(Labels.Of("app", "web"), p => p
                    .Container("web", "nginx:1.27", c => c.Env("MODE", ConfigMap.Key("settings", "mode"))));
            }
            """,
            """
            [KubernetesManifests(Namespace = "web")]
            public static partial class Settings
            {
                public static readonly ConfigMap Config = ConfigMap.Named("settings").Data("mode", "fast");
            }
            """);

    [Fact]
    public Task A_ConfigMap_another_class_defines_in_another_namespace_is_still_KT2010() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests(Namespace = "web")]
                public static partial class Front
                {
                    public static readonly Deployment App = Deployment.Named("web").Pods(Labels.Of("app", "web"), p => p
                        .Container("web", "nginx:1.27", c => c.Env("MODE", {|#0:ConfigMap.Key("settings", "mode")|})));
                }
                """,
            TestState =
            {
                Sources =
                {
                    """
                    [KubernetesManifests(Namespace = "ops")]
                    public static partial class Settings
                    {
                        public static readonly ConfigMap Config = ConfigMap.Named("settings").Data("mode", "fast");
                    }
                    """,
                },
            },
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT2010", DiagnosticSeverity.Info).WithLocation(0) },
        }.RunAsync();

    [Fact]
    public Task Service_whose_pods_another_class_defines_is_not_KT2004() =>
        AnalyzerVerifier.VerifyAsync(NetworkingClass, DatabaseClass);

    [Fact]
    public Task Service_that_selects_no_pod_of_any_class_is_still_KT2004() =>
        new AnalyzerVerifier.Test
        {
            TestCode = NetworkingClass.Replace("Labels.Of(\"app\", \"db\")", "{|#0:Labels.Of(\"app\", \"cache\")|}", StringComparison.Ordinal),
            TestState = { Sources = { DatabaseClass } },
            // Info: this application has no pods there; the other class's pods do not match, and are not named as closest.
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT2004", DiagnosticSeverity.Info).WithLocation(0) },
        }.RunAsync();

    [Fact]
    public Task Dev_and_prod_variants_of_one_app_are_not_duplicates_of_each_other() =>
        AnalyzerVerifier.VerifyAsync("""
            public static class Shop
            {
                public static Application Build(int replicas) =>
                    Application.Named("shop").InNamespace("shop").Add(
                        StorageClass.Named("fast").Provisioner("ebs.csi.aws.com"),
                        Service.Headless("db").Selecting(Labels.Of("app", "db")).Port("sql", 5432),
                        StatefulSet.Named("db").GovernedBy("db").Replicas(replicas)
                            .Pods(Labels.Of("app", "db"), p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Mount("data", "/var/lib/postgresql")))
                            .ClaimTemplate("data", AccessMode.ReadWriteOnce, "10Gi", "fast"));
            }

            [KubernetesManifests]
            public static partial class Dev
            {
                public static readonly Application App = Shop.Build(1);
            }

            [KubernetesManifests]
            public static partial class Prod
            {
                public static readonly Application App = Shop.Build(3);
            }
            """);

    [Fact]
    public Task The_same_object_twice_in_one_class_is_still_KT2008() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Dev
            {
                public static readonly StorageClass Fast = StorageClass.Named("fast").Provisioner("ebs.csi.aws.com");
                public static readonly StorageClass Again = StorageClass.Named({|KT2008:"fast"|}).Provisioner("ebs.csi.aws.com");
            }
            """);

    [Fact]
    public Task A_volume_of_the_dev_variant_does_not_bind_a_claim_of_the_prod_variant() =>
        // Were the classes one graph, prod's claim would bind dev's ReadWriteMany volume (and one claim would lose it, KT3002).
        new AnalyzerVerifier.Test
        {
            TestCode = """
                public static class Uploads
                {
                    public static PersistentVolumeClaim Claim() =>
                        PersistentVolumeClaim.Named("uploads").NoStorageClass().AccessModes(AccessMode.ReadWriteMany).Requesting("5Gi");
                }

                [KubernetesManifests]
                public static partial class Dev
                {
                    public static readonly PersistentVolume Share = PersistentVolume.Named("uploads-dev").Capacity("10Gi").AccessModes(AccessMode.ReadWriteMany).Nfs("nfs.dev", "/uploads");
                    public static readonly PersistentVolumeClaim Claim = Uploads.Claim();
                }

                [KubernetesManifests]
                public static partial class Prod
                {
                    public static readonly PersistentVolume Disk = PersistentVolume.Named("uploads-prod").Capacity("10Gi").AccessModes({|#1:AccessMode.ReadWriteOnce|}).Csi("ebs.csi.aws.com", "vol-0123");
                    public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").NoStorageClass()
                        .AccessModes({|#0:AccessMode.ReadWriteMany|}).Requesting("5Gi");
                }
                """,
            // Only prod's own volume is near, at the access mode it lacks; dev's volume is not named.
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT3001", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1) },
        }.RunAsync();
}
