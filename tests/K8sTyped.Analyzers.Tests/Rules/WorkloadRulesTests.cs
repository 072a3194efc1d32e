using K8sTyped.Analyzers.Tests.TestSupport;

namespace K8sTyped.Analyzers.Tests.Rules;

/// <summary>
/// Workload specs the API server rejects (KT1201 negative counts, KT1202 selectors, KT1203 pod policies, KT1204
/// update strategies, KT1205 duplicates in a pod) are underlined on the argument that set the value.
/// </summary>
public sealed class WorkloadRulesTests
{
    [Theory]
    [InlineData("{|KT1201:-1|}")]
    [InlineData("0")]
    public Task Negative_replicas_are_KT1201_at_the_count(string replicas) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc).Replicas({{replicas}})
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)));
            }
            """);

    [Fact]
    public Task Negative_minReadySeconds_and_ordinals_start_are_KT1201_at_each_count() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .MinReadySeconds({|KT1201:-5|}).OrdinalsStart({|KT1201:-1|})
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)));
            }
            """);

    [Fact]
    public Task A_Deployment_without_pods_has_no_selector_and_is_KT1202_at_its_factory() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.{|KT1202:Named("web")|};
            }
            """);

    [Fact]
    public Task A_selector_changed_by_Configure_to_miss_the_template_is_KT1202_at_the_template_labels() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named("web")
                    .Pods({|KT1202:Labels.Of("app", "web")|}, p => p.Container("web", "nginx:1.27"))
                    .Configure(d => d.Spec!.Selector!.MatchLabels!["app"] = "frontend");
            }
            """);

    [Theory]
    [InlineData("{|KT1203:RestartPolicy.OnFailure|}")]
    [InlineData("RestartPolicy.Always")]
    public Task A_workload_pod_that_does_not_restart_Always_is_KT1203_at_the_policy(string policy) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named("web")
                    .Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27").RestartPolicy({{policy}}));
            }
            """);

    [Theory]
    [InlineData("{|KT1204:0|}")]
    [InlineData("1")]
    public Task A_StatefulSet_rolling_update_with_maxUnavailable_zero_is_KT1204_at_maxUnavailable(string maxUnavailable) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc).RollingUpdate(maxUnavailable: {{maxUnavailable}})
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)));
            }
            """);

    [Fact]
    public Task A_Deployment_rollout_that_can_neither_surge_nor_take_pods_down_is_KT1204_at_maxUnavailable() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named("web").RollingUpdate(maxSurge: 0, maxUnavailable: {|KT1204:0|})
                    .Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27"));
            }
            """);

    [Theory]
    [InlineData("{|KT1205:\"web\"|}")]
    [InlineData("\"log-shipper\"")]
    public Task A_second_container_of_the_same_name_is_KT1205_at_its_name(string name) =>
        AnalyzerVerifier.VerifyAsync($$"""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named("web")
                    .Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27").Container({{name}}, "fluent-bit:3.2"));
            }
            """);

    [Fact]
    public Task Two_volumes_mounted_at_one_path_are_KT1205_at_the_second_mount_path() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named("web")
                    .Pods(Labels.Of("app", "web"), p => p
                        .Container("web", "nginx:1.27", c => c.Mount("cache", "/cache").Mount("scratch", {|KT1205:"/cache"|}))
                        .EmptyDirVolume("cache")
                        .EmptyDirVolume("scratch"));
            }
            """);
}
