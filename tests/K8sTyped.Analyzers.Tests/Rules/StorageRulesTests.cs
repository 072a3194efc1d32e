using K8sTyped.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Analyzers.Tests.Rules;

/// <summary>
/// Claims, volumes and classes the API server rejects or that lose data (KT1301–KT1312) are underlined on the argument
/// that set the value, or at the factory of the object that lacks it.
/// </summary>
public sealed class StorageRulesTests
{
    [Fact]
    public Task A_claim_without_access_modes_is_KT1301_at_its_factory() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Uploads
            {
                public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.{|KT1301:Named("uploads")|}.Requesting("1Gi");
            }
            """);

    [Fact]
    public Task A_claim_with_access_modes_and_a_size_is_clean() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Uploads
            {
                public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").AccessModes(AccessMode.ReadWriteOnce).Requesting("1Gi");
            }
            """);

    [Theory]
    [InlineData("{|KT1302:\"0\"|}")]
    [InlineData("\"1Gi\"")]
    public Task A_claim_requesting_nothing_is_KT1302_at_the_size(string size) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Uploads
            {
                public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").AccessModes(AccessMode.ReadWriteOnce).Requesting({{size}});
            }
            """);

    [Fact]
    public Task A_claim_without_a_size_is_KT1302_at_its_factory() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Uploads
            {
                public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.{|KT1302:Named("uploads")|}.AccessModes(AccessMode.ReadWriteOnce);
            }
            """);

    [Theory]
    [InlineData("{|KT1303:[AccessMode.ReadWriteOncePod, AccessMode.ReadWriteOnce]|}")]
    [InlineData("[AccessMode.ReadWriteOncePod]")]
    public Task ReadWriteOncePod_with_another_mode_is_KT1303_at_the_modes(string modes) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Uploads
            {
                public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").AccessModes({{modes}}).Requesting("1Gi");
            }
            """);

    [Fact]
    public Task A_volume_without_a_source_is_KT1304_at_its_factory() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Volumes
            {
                public static readonly PersistentVolume Disk = PersistentVolume.{|KT1304:Named("disk-1")|}.Capacity("10Gi").AccessModes(AccessMode.ReadWriteOnce);
            }
            """);

    [Fact]
    public Task A_volume_with_two_sources_is_KT1304_at_its_factory() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Volumes
            {
                public static readonly PersistentVolume Disk = PersistentVolume.{|KT1304:Named("disk-1")|}.Capacity("10Gi").AccessModes(AccessMode.ReadWriteOnce)
                    .Csi("ebs.csi.aws.com", "vol-0123").Nfs("nfs.example.com", "/exports/disk-1");
            }
            """);

    [Theory]
    [InlineData("{|KT1305:\"0\"|}")]
    [InlineData("\"10Gi\"")]
    public Task A_volume_of_no_capacity_is_KT1305_at_the_capacity(string capacity) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Volumes
            {
                public static readonly PersistentVolume Disk = PersistentVolume.Named("disk-1").Capacity({{capacity}}).AccessModes(AccessMode.ReadWriteOnce).Csi("ebs.csi.aws.com", "vol-0123");
            }
            """);

    [Fact]
    public Task A_local_volume_whose_node_affinity_Configure_removes_is_KT1306_at_the_null_it_assigns() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Volumes
            {
                public static readonly PersistentVolume Disk = PersistentVolume.Named("disk-1").Capacity("10Gi").AccessModes(AccessMode.ReadWriteOnce)
                    .Local("/mnt/disks/ssd1", "node-1")
                    .Configure(pv => pv.Spec!.NodeAffinity = {|KT1306:null|});
            }
            """);

    [Fact]
    public Task A_local_volume_made_by_the_DSL_is_pinned_to_its_node_and_clean() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Volumes
            {
                public static readonly PersistentVolume Disk = PersistentVolume.Named("disk-1").Capacity("10Gi").AccessModes(AccessMode.ReadWriteOnce)
                    .Local("/mnt/disks/ssd1", "node-1");
            }
            """);

    [Theory]
    [InlineData("{|KT1307:ReclaimPolicy.Recycle|}")]
    [InlineData("ReclaimPolicy.Retain")]
    public Task The_Recycle_reclaim_policy_is_KT1307_at_the_policy(string policy) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Volumes
            {
                public static readonly PersistentVolume Share = PersistentVolume.Named("share").Capacity("10Gi").AccessModes(AccessMode.ReadWriteMany)
                    .Nfs("nfs.example.com", "/exports/share").ReclaimPolicy({{policy}});
            }
            """);

    [Fact]
    public Task Recycle_on_a_volume_no_recycler_serves_is_KT1307_as_an_error() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Volumes
                {
                    public static readonly PersistentVolume Disk = PersistentVolume.Named("disk-1").Capacity("10Gi").AccessModes(AccessMode.ReadWriteOnce)
                        .Csi("ebs.csi.aws.com", "vol-0123").ReclaimPolicy({|#0:ReclaimPolicy.Recycle|});
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT1307", DiagnosticSeverity.Error).WithLocation(0) },
        }.RunAsync();

    [Theory]
    [InlineData("{|KT1308:ReclaimPolicy.Recycle|}")]
    [InlineData("ReclaimPolicy.Delete")]
    public Task A_StorageClass_that_recycles_is_KT1308_at_the_policy(string policy) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Classes
            {
                public static readonly StorageClass Fast = StorageClass.Named("fast").Provisioner("ebs.csi.aws.com").ReclaimPolicy({{policy}});
            }
            """);

    [Fact]
    public Task A_hostPath_volume_on_a_cluster_of_unknown_size_is_KT1309_at_HostPath() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Volumes
            {
                public static readonly PersistentVolume Logs = PersistentVolume.Named("logs").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce)
                    .{|KT1309:HostPath("/var/log/app")|};
            }
            """);

    [Fact]
    public Task A_hostPath_volume_on_a_cluster_the_class_says_has_one_node_is_clean() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Volumes
            {
                public static ClusterProfile Cluster { get; } = new() { NodeCount = 1 };

                public static readonly PersistentVolume Logs = PersistentVolume.Named("logs").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce)
                    .HostPath("/var/log/app");
            }
            """);

    [Fact]
    public Task An_in_tree_EBS_volume_is_KT1310_at_AwsElasticBlockStore() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Volumes
            {
                public static readonly PersistentVolume Disk = PersistentVolume.Named("disk-1").Capacity("10Gi").AccessModes(AccessMode.ReadWriteOnce)
                    .{|KT1310:AwsElasticBlockStore("vol-0123")|};
            }
            """);

    [Fact]
    public Task The_same_disk_through_the_EBS_CSI_driver_is_clean() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Volumes
            {
                public static readonly PersistentVolume Disk = PersistentVolume.Named("disk-1").Capacity("10Gi").AccessModes(AccessMode.ReadWriteOnce)
                    .Csi("ebs.csi.aws.com", "vol-0123");
            }
            """);

    [Theory]
    [InlineData("{|KT1311:\"True\"|}")]
    [InlineData("\"true\"")]
    public Task A_default_class_annotation_not_exactly_true_is_KT1311_at_the_value(string value) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Classes
            {
                public static readonly StorageClass Fast = StorageClass.Named("fast").Provisioner("ebs.csi.aws.com")
                    .Annotation("storageclass.kubernetes.io/is-default-class", {{value}});
            }
            """);

    [Theory]
    [InlineData("{|KT1312:\"/var/log/../lib\"|}")]
    [InlineData("\"/var/lib\"")]
    public Task A_hostPath_that_steps_up_is_KT1312_at_the_path(string path) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Volumes
            {
                public static ClusterProfile Cluster { get; } = new() { NodeCount = 1 };

                public static readonly PersistentVolume Logs = PersistentVolume.Named("logs").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce)
                    .HostPath({{path}});
            }
            """);

    [Fact]
    public Task Recycling_a_hostPath_of_the_root_directory_is_KT1312_at_the_policy() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Volumes
            {
                public static ClusterProfile Cluster { get; } = new() { NodeCount = 1 };

                public static readonly PersistentVolume Root = PersistentVolume.Named("root").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce)
                    .HostPath("/").ReclaimPolicy({|KT1307:{|KT1312:ReclaimPolicy.Recycle|}|});
            }
            """);
}
