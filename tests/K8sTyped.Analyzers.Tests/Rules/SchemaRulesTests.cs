using K8sTyped.Analyzers.Tests.TestSupport;

namespace K8sTyped.Analyzers.Tests.Rules;

/// <summary>
/// What the OpenAPI schema forbids (KT1101 a required field left out, KT1102 a value outside an enum, KT1103 storage in
/// milli units) is underlined where the value was given, or at the call that should have given it.
/// </summary>
public sealed class SchemaRulesTests
{
    [Fact]
    public Task A_pod_spec_without_containers_is_KT1101_at_the_Spec_call() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Jobs
            {
                public static readonly Pod Scratch = Pod.Named("scratch").{|KT1101:Spec(pod => pod.EmptyDirVolume("scratch"))|};
            }
            """);

    [Fact]
    public Task A_pod_spec_with_a_container_is_clean() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Jobs
            {
                public static readonly Pod Scratch = Pod.Named("scratch").Spec(pod => pod
                    .Container("work", "busybox:1.37", c => c.Mount("scratch", "/scratch"))
                    .EmptyDirVolume("scratch"));
            }
            """);

    [Theory]
    [InlineData("s => s.Spec!.SessionAffinity = {|KT1102:\"Sticky\"|}")]
    [InlineData("s => s.Spec!.SessionAffinity = \"ClientIP\"")]
    public Task A_value_outside_its_enum_set_by_Configure_is_KT1102_at_the_assigned_value(string configure) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Front
            {
                static readonly Labels Web = Labels.Of("app", "web");
                public static readonly Service Svc = Service.ClusterIP("web").Selecting(Web).Port("http", 80).Configure({{configure}});
                public static readonly Deployment App = Deployment.Named("web").Pods(Web, p => p.Container("web", "nginx:1.27", c => c.Port("http", 80)));
            }
            """);

    [Theory]
    [InlineData("{|KT1103:\"500m\"|}")]
    [InlineData("\"500Mi\"")]
    public Task A_storage_size_in_milli_units_is_KT1103_at_the_size(string size) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Mount("data", "/var/lib/postgresql")))
                    .ClaimTemplate("data", AccessMode.ReadWriteOnce, {{size}});
            }
            """);

    [Fact]
    public Task A_volume_capacity_in_milli_units_is_KT1103_at_the_capacity() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Volumes
            {
                public static readonly PersistentVolume Disk = PersistentVolume.Named("disk-1")
                    .Capacity({|KT1103:"10m"|}).AccessModes(AccessMode.ReadWriteOnce).Csi("ebs.csi.aws.com", "vol-0123");
            }
            """);
}
