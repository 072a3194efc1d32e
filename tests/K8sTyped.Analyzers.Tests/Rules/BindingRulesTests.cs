using K8sTyped.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Analyzers.Tests.Rules;

/// <summary>
/// Claims the PersistentVolume controller would leave Pending (KT3001–KT3004) are underlined where the user can act:
/// the argument that makes a claim unbindable, the pre-binding that cannot hold, or the claim that loses or waits. The
/// other objects are additional locations, at the field that matters: the nearest volume's differing field, the class's
/// provisioner or binding mode, the winning claim and the volume it takes, the claim a reservation names.
/// </summary>
public sealed class BindingRulesTests
{
    [Fact]
    public Task A_claim_whose_access_mode_no_volume_offers_is_KT3001_at_the_access_mode_with_the_volumes_modes_as_related_location() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Uploads
                {
                    public static readonly PersistentVolume Disk = PersistentVolume.Named("disk-1").Capacity("10Gi").AccessModes({|#1:AccessMode.ReadWriteOnce|}).Csi("ebs.csi.aws.com", "vol-0123");
                    public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").NoStorageClass()
                        .AccessModes({|#0:AccessMode.ReadWriteMany|}).Requesting("5Gi");
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT3001", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task A_claim_larger_than_every_volume_is_KT3001_at_the_size_with_the_volumes_capacity_as_related_location() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Uploads
                {
                    public static readonly PersistentVolume Disk = PersistentVolume.Named("disk-1").Capacity({|#1:"10Gi"|}).AccessModes(AccessMode.ReadWriteOnce).Csi("ebs.csi.aws.com", "vol-0123");
                    public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").NoStorageClass()
                        .AccessModes(AccessMode.ReadWriteOnce).Requesting({|#0:"50Gi"|});
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT3001", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task A_claim_of_a_class_that_never_provisions_is_KT3001_at_the_class_with_the_provisioner_as_related_location() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Uploads
                {
                    public static readonly StorageClass Manual = StorageClass.Named("manual").Provisioner({|#1:"kubernetes.io/no-provisioner"|});
                    public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").StorageClass({|#0:Manual|})
                        .AccessModes(AccessMode.ReadWriteOnce).Requesting("5Gi");
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT3001", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task A_claim_asking_a_mode_its_provisioner_cannot_give_is_KT3001_at_the_access_mode_with_the_provisioner_as_related_location() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Uploads
                {
                    public static readonly StorageClass Gp3 = StorageClass.Named("gp3").Provisioner({|#1:"ebs.csi.aws.com"|});
                    public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").StorageClass(Gp3)
                        .AccessModes({|#0:AccessMode.ReadWriteMany|}).Requesting("5Gi");
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT3001", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task A_claim_a_volume_fits_is_clean() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Uploads
            {
                public static readonly PersistentVolume Disk = PersistentVolume.Named("disk-1").Capacity("10Gi").AccessModes(AccessMode.ReadWriteOnce).Csi("ebs.csi.aws.com", "vol-0123");
                public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").NoStorageClass()
                    .AccessModes(AccessMode.ReadWriteOnce).Requesting("5Gi");
            }
            """);

    [Fact]
    public Task The_second_of_two_claims_for_the_only_volume_that_fits_is_KT3002_at_its_factory_with_the_winner_and_its_volume_as_related_locations() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Uploads
                {
                    public static readonly PersistentVolume Disk = PersistentVolume.{|#2:Named("disk-1")|}.Capacity("10Gi").AccessModes(AccessMode.ReadWriteOnce).Csi("ebs.csi.aws.com", "vol-0123");
                    public static readonly PersistentVolumeClaim Images = PersistentVolumeClaim.{|#1:Named("images")|}.NoStorageClass()
                        .AccessModes(AccessMode.ReadWriteOnce).Requesting("5Gi");
                    public static readonly PersistentVolumeClaim Videos = PersistentVolumeClaim.{|#0:Named("videos")|}.NoStorageClass()
                        .AccessModes(AccessMode.ReadWriteOnce).Requesting("5Gi");
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT3002", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1).WithLocation(2) },
        }.RunAsync();

    [Fact]
    public Task A_claim_bound_to_a_volume_too_small_for_it_is_KT3003_at_BoundTo_with_the_volumes_capacity_as_related_location() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Uploads
                {
                    public static readonly PersistentVolume Disk = PersistentVolume.Named("disk-1").Capacity({|#1:"10Gi"|}).AccessModes(AccessMode.ReadWriteOnce).Csi("ebs.csi.aws.com", "vol-0123");
                    public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").NoStorageClass()
                        .AccessModes(AccessMode.ReadWriteOnce).Requesting("50Gi").BoundTo({|#0:Disk|});
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT3003", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task A_claim_bound_to_a_volume_that_fits_is_clean() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Uploads
            {
                public static readonly PersistentVolume Disk = PersistentVolume.Named("disk-1").Capacity("10Gi").AccessModes(AccessMode.ReadWriteOnce).Csi("ebs.csi.aws.com", "vol-0123");
                public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").NoStorageClass()
                    .AccessModes(AccessMode.ReadWriteOnce).Requesting("5Gi").BoundTo(Disk);
            }
            """);

    [Fact]
    public Task A_volume_reserved_for_a_claim_it_cannot_serve_is_KT3003_at_ReservedFor_with_the_claim_as_related_location() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Uploads
                {
                    static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.{|#1:Named("uploads")|}.StorageClass("standard")
                        .AccessModes(AccessMode.ReadWriteMany).Requesting("5Gi");
                    public static readonly Application App = Application.Named("uploads").ExternalStorageClass("standard").Add(
                        Claim,
                        PersistentVolume.Named("disk-1").Capacity("10Gi").AccessModes(AccessMode.ReadWriteOnce).Csi("ebs.csi.aws.com", "vol-0123")
                            .ReservedFor({|#0:Claim|}));
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT3003", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task A_claim_that_waits_for_a_consumer_no_pod_is_is_KT3004_at_its_factory_with_the_binding_mode_as_related_location() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Uploads
                {
                    public static readonly StorageClass Gp3 = StorageClass.Named("gp3").Provisioner("ebs.csi.aws.com").VolumeBindingMode({|#1:VolumeBindingMode.WaitForFirstConsumer|});
                    public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.{|#0:Named("uploads")|}.StorageClass(Gp3)
                        .AccessModes(AccessMode.ReadWriteOnce).Requesting("5Gi");
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT3004", DiagnosticSeverity.Info).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task A_waiting_claim_a_pod_mounts_is_clean() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Uploads
            {
                public static readonly StorageClass Gp3 = StorageClass.Named("gp3").Provisioner("ebs.csi.aws.com").VolumeBindingMode(VolumeBindingMode.WaitForFirstConsumer);
                public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").StorageClass(Gp3)
                    .AccessModes(AccessMode.ReadWriteOnce).Requesting("5Gi");
                public static readonly Pod Worker = Pod.Named("worker").Spec(pod => pod
                    .Container("worker", "busybox:1.37", c => c.Mount("uploads", "/uploads"))
                    .ClaimVolume("uploads", Claim));
            }
            """);
}
