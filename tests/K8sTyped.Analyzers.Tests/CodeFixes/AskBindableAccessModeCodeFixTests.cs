using K8sTyped.CodeFixes;
using Verify = K8sTyped.Analyzers.Tests.TestSupport.CodeFixVerifier<K8sTyped.CodeFixes.AskBindableAccessModeCodeFix>;

namespace K8sTyped.Analyzers.Tests.CodeFixes;

public sealed class AskBindableAccessModeCodeFixTests
{
    [Fact]
    public async Task A_claim_asking_a_mode_no_volume_offers_asks_the_one_that_binds()
    {
        var test = Verify.Create("""
            [KubernetesManifests]
            public static partial class Logs
            {
                public static readonly Application App = Application.Named("logs").InNamespace("lab").Add(
                    PersistentVolume.Named("pv-log").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce).Nfs("nfs.lab", "/exports/log"),
                    PersistentVolumeClaim.Named("claim-log").AccessModes({|KT3001:AccessMode.ReadWriteMany|}).Requesting("512Mi").NoStorageClass());
            }
            """, """
            [KubernetesManifests]
            public static partial class Logs
            {
                public static readonly Application App = Application.Named("logs").InNamespace("lab").Add(
                    PersistentVolume.Named("pv-log").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce).Nfs("nfs.lab", "/exports/log"),
                    PersistentVolumeClaim.Named("claim-log").AccessModes(AccessMode.ReadWriteOnce).Requesting("512Mi").NoStorageClass());
            }
            """, AskBindableAccessModeCodeFix.EquivalenceKeyFor(AccessMode.ReadWriteOnce));
        test.CodeActionVerifier = (action, verifier) => verifier.Equal("Ask ReadWriteOnce", action.Title);
        await test.RunAsync();
    }

    [Theory]
    [InlineData(AccessMode.ReadWriteOnce)]
    [InlineData(AccessMode.ReadOnlyMany)]
    public Task A_claim_template_asking_several_modes_asks_the_chosen_one(AccessMode mode) =>
        Verify.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Db
            {
                static readonly Labels Pods = Labels.Of("app", "db");
                static readonly StorageClass Local = StorageClass.Named("local").Provisioner("kubernetes.io/no-provisioner");
                public static readonly Application App = Application.Named("db").InNamespace("lab").Add(
                    PersistentVolume.Named("pv-db").Capacity("1Gi").AccessModes([AccessMode.ReadWriteOnce, AccessMode.ReadOnlyMany]).StorageClass(Local).Nfs("nfs.lab", "/exports/db"),
                    Local,
                    Service.Headless("db").Selecting(Pods).Port("sql", 5432),
                    StatefulSet.Named("db").GovernedBy("db").Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Mount("data", "/var/lib/postgresql")))
                        .ClaimTemplate("data", {|KT3001:[AccessMode.ReadWriteMany, AccessMode.ReadWriteOnce]|}, "1Gi", Local));
            }
            """, $$"""
            [KubernetesManifests]
            public static partial class Db
            {
                static readonly Labels Pods = Labels.Of("app", "db");
                static readonly StorageClass Local = StorageClass.Named("local").Provisioner("kubernetes.io/no-provisioner");
                public static readonly Application App = Application.Named("db").InNamespace("lab").Add(
                    PersistentVolume.Named("pv-db").Capacity("1Gi").AccessModes([AccessMode.ReadWriteOnce, AccessMode.ReadOnlyMany]).StorageClass(Local).Nfs("nfs.lab", "/exports/db"),
                    Local,
                    Service.Headless("db").Selecting(Pods).Port("sql", 5432),
                    StatefulSet.Named("db").GovernedBy("db").Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Mount("data", "/var/lib/postgresql")))
                        .ClaimTemplate("data", AccessMode.{{mode}}, "1Gi", Local));
            }
            """, AskBindableAccessModeCodeFix.EquivalenceKeyFor(mode));

    [Fact]
    public Task Fix_all_asks_the_same_mode_of_every_claim() =>
        Verify.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Logs
            {
                public static readonly Application App = Application.Named("logs").InNamespace("lab").Add(
                    PersistentVolume.Named("pv-a").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce).Nfs("nfs.lab", "/exports/a"),
                    PersistentVolume.Named("pv-b").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce).Nfs("nfs.lab", "/exports/b"),
                    PersistentVolumeClaim.Named("claim-a").AccessModes({|KT3001:AccessMode.ReadWriteMany|}).Requesting("512Mi").NoStorageClass(),
                    PersistentVolumeClaim.Named("claim-b").AccessModes({|KT3001:AccessMode.ReadOnlyMany|}).Requesting("512Mi").NoStorageClass());
            }
            """, """
            [KubernetesManifests]
            public static partial class Logs
            {
                public static readonly Application App = Application.Named("logs").InNamespace("lab").Add(
                    PersistentVolume.Named("pv-a").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce).Nfs("nfs.lab", "/exports/a"),
                    PersistentVolume.Named("pv-b").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce).Nfs("nfs.lab", "/exports/b"),
                    PersistentVolumeClaim.Named("claim-a").AccessModes(AccessMode.ReadWriteOnce).Requesting("512Mi").NoStorageClass(),
                    PersistentVolumeClaim.Named("claim-b").AccessModes(AccessMode.ReadWriteOnce).Requesting("512Mi").NoStorageClass());
            }
            """, AskBindableAccessModeCodeFix.EquivalenceKeyFor(AccessMode.ReadWriteOnce));

    [Fact]
    public Task A_claim_reported_as_a_whole_asks_the_mode_in_its_AccessModes_call() =>
        // The nearest volumes miss on different fields (one on the mode, one on the size), so the claim itself is reported.
        Verify.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Logs
            {
                public static readonly Application App = Application.Named("logs").InNamespace("lab").Add(
                    PersistentVolume.Named("pv-a").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce).Nfs("nfs.lab", "/exports/a"),
                    PersistentVolume.Named("pv-b").Capacity("256Mi").AccessModes(AccessMode.ReadWriteMany).Nfs("nfs.lab", "/exports/b"),
                    PersistentVolumeClaim.{|KT3001:Named("claim-log")|}.AccessModes(AccessMode.ReadWriteMany).Requesting("512Mi").NoStorageClass());
            }
            """, """
            [KubernetesManifests]
            public static partial class Logs
            {
                public static readonly Application App = Application.Named("logs").InNamespace("lab").Add(
                    PersistentVolume.Named("pv-a").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce).Nfs("nfs.lab", "/exports/a"),
                    PersistentVolume.Named("pv-b").Capacity("256Mi").AccessModes(AccessMode.ReadWriteMany).Nfs("nfs.lab", "/exports/b"),
                    PersistentVolumeClaim.Named("claim-log").AccessModes(AccessMode.ReadWriteOnce).Requesting("512Mi").NoStorageClass());
            }
            """, AskBindableAccessModeCodeFix.EquivalenceKeyFor(AccessMode.ReadWriteOnce));

    [Fact]
    public Task A_claim_no_mode_would_bind_gets_no_action() =>
        Verify.VerifyNoFixAsync("""
            [KubernetesManifests]
            public static partial class Logs
            {
                public static readonly Application App = Application.Named("logs").InNamespace("lab").Add(
                    PersistentVolume.Named("pv-log").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce).Nfs("nfs.lab", "/exports/log"),
                    PersistentVolumeClaim.{|KT3001:Named("claim-log")|}.AccessModes(AccessMode.ReadWriteMany).Requesting("5Gi").NoStorageClass());
            }
            """);
}
