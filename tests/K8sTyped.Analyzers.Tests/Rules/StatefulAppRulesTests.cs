using K8sTyped.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Analyzers.Tests.Rules;

/// <summary>
/// The rules of production stateful apps (spreading, disruption budgets, pod DNS, unknown classes, hostPath ownership)
/// are underlined at the DSL call or argument that decides them.
/// </summary>
public sealed class StatefulAppRulesTests
{
    [Fact]
    public Task Anti_affinity_selecting_other_labels_than_the_pods_is_KT1206_at_the_labels_with_the_pod_labels_as_related_location() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Zk
                {
                    public static readonly Deployment Ensemble = Deployment.Named("zk").Replicas(3)
                        .Pods({|#1:Labels.Of("app.kubernetes.io/name", "zk")|}, p => p
                            .RequireAntiAffinity(Topology.Hostname, {|#0:Labels.Of("app", "zk")|})
                            .Container("zk", "zookeeper:3.9"));
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT1206", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task More_replicas_than_nodes_under_hostname_anti_affinity_is_KT1207_at_the_anti_affinity_with_the_replicas_as_related_location() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Zk
                {
                    public static readonly Deployment Ensemble = Deployment.Named("zk").Replicas({|#1:3|})
                        .Pods(Labels.Of("app", "zk"), p => p
                            .{|#0:RequireAntiAffinity(Topology.Hostname)|}
                            .Container("zk", "zookeeper:3.9"));

                    public static ClusterProfile Cluster { get; } = new() { NodeCount = 2 };
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT1207", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task A_subdomain_naming_no_Service_is_KT2011_at_the_subdomain() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Lab
            {
                public static readonly Pod Box = Pod.Named("busybox1")
                    .Spec(p => p.Container("busybox", "busybox:1.36").Hostname("busybox-1").Subdomain({|KT2011:"busybox-subdomain"|}));
            }
            """);

    [Fact]
    public Task A_budget_selecting_no_pods_is_KT2012_at_the_selector() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Replicas(3)
                    .Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27"));
                public static readonly PodDisruptionBudget Budget = PodDisruptionBudget.Named("web")
                    .Selecting({|KT2012:Labels.Of("app", "webapp")|}).MaxUnavailable(1);
            }
            """);

    [Fact]
    public Task A_budget_over_two_workloads_is_KT2013_at_the_selector_with_both_workloads_labels_as_related_locations() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Data
                {
                    public static readonly Deployment Api = Deployment.Named("api").Replicas(2)
                        .Pods({|#1:Labels.Of("app", "api").And("tier", "data")|}, p => p.Container("api", "nginx:1.27"));
                    public static readonly Deployment Cache = Deployment.Named("cache").Replicas(2)
                        .Pods({|#2:Labels.Of("app", "cache").And("tier", "data")|}, p => p.Container("cache", "redis:7"));
                    public static readonly PodDisruptionBudget Budget = PodDisruptionBudget.Named("data")
                        .Selecting({|#0:Labels.Of("tier", "data")|}).MaxUnavailable(1);
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT2013", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithLocation(2) },
        }.RunAsync();

    [Fact]
    public Task A_budget_allowing_no_eviction_is_KT2014_at_maxUnavailable() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Replicas(3)
                    .Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27"));
                public static readonly PodDisruptionBudget Budget = PodDisruptionBudget.Named("web").For(App).MaxUnavailable({|KT2014:0|});
            }
            """);

    [Fact]
    public Task A_claim_of_an_undefined_class_no_volume_of_it_fits_is_KT3005_at_the_class_with_the_volume_class_as_related_location() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Uploads
                {
                    public static readonly PersistentVolume Disk = PersistentVolume.Named("pv-manual").StorageClass({|#1:"manual"|}).Capacity("1Gi")
                        .AccessModes(AccessMode.ReadWriteOnce).Csi("ebs.csi.aws.com", "vol-0123");
                    public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").StorageClass({|#0:"manual"|})
                        .AccessModes(AccessMode.ReadWriteOnce).Requesting("10Gi");
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT3005", DiagnosticSeverity.Info).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task A_non_root_container_writing_a_created_hostPath_is_KT1208_at_the_mount() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Lab
            {
                public static readonly Deployment Zk = Deployment.Named("zk")
                    .Pods(Labels.Of("app", "zk"), p => p
                        .SecurityContext(runAsUser: 1000, fsGroup: 1000)
                        .Container("zk", "zookeeper:3.9", c => c.{|KT1208:Mount("data", "/var/lib/zookeeper")|})
                        .HostPathVolume("data", "/mnt/zk", HostPathType.DirectoryOrCreate));
            }
            """);
}
