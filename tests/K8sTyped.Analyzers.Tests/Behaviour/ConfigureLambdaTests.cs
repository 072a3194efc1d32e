using K8sTyped.Analyzers.Tests.TestSupport;

namespace K8sTyped.Analyzers.Tests.Behaviour;

/// <summary>
/// A finding about a field that a <c>Configure(...)</c> callback set or removed points at the value the callback
/// assigned (the evaluator records every assignment it executes, in expression and block lambdas and in methods passed
/// to <c>Configure</c>), the <c>null</c> for a removed field; a field the callback changed without an assignment the
/// evaluator saw (an indexer on a dictionary, <c>list.Add</c>) points at the callback itself. Fields the callback leaves
/// alone keep the DSL call that set them.
/// </summary>
public sealed class ConfigureLambdaTests
{
    [Fact]
    public Task A_bad_value_set_in_an_expression_lambda_is_underlined_on_the_assigned_value() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)))
                    .Configure(sts => sts.Spec!.Replicas = {|KT1201:-1|});
            }
            """);

    [Fact]
    public Task A_bad_value_set_in_a_block_lambda_is_underlined_on_the_assigned_value() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)))
                    .Configure(sts =>
                    {
                        sts.Spec!.RevisionHistoryLimit = 5;
                        sts.Spec!.Replicas = {|KT1201:-1|};
                    });
            }
            """);

    [Fact]
    public Task A_bad_value_set_by_a_method_passed_to_Configure_is_underlined_on_the_value_in_the_method_body() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)))
                    .Configure(ScaleDown);

                private static void ScaleDown(V1StatefulSet sts) => sts.Spec!.Replicas = {|KT1201:-1|};
            }
            """);

    [Fact]
    public Task A_field_the_lambda_leaves_alone_keeps_the_DSL_argument_that_set_it() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc).Replicas({|KT1201:-1|})
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)))
                    .Configure(sts => sts.Spec!.RevisionHistoryLimit = 5);
            }
            """);

    [Fact]
    public Task A_field_the_lambda_removes_is_underlined_on_the_null_it_assigns_not_on_the_call_that_set_it() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Settings
            {
                public static readonly ConfigMap Config = ConfigMap.Named("settings").Data("mode", "fast")
                    .Configure(c => c.Metadata!.Name = {|KT1001:null|});
            }
            """);

    [Fact]
    public Task The_value_the_later_of_two_callbacks_assigns_is_underlined() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)))
                    .Configure(sts => sts.Spec!.Replicas = 3)
                    .Configure(sts => sts.Spec!.Replicas = {|KT1201:-3|});
            }
            """);

    [Fact]
    public Task A_label_the_lambda_sets_through_the_dictionary_indexer_is_underlined_on_the_lambda() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Settings
            {
                public static readonly ConfigMap Config = ConfigMap.Named("settings").Label("app", "settings").Data("mode", "fast")
                    .Configure({|KT1003:c => c.Metadata!.Labels!["tier"] = "front end"|});
            }
            """);

    [Fact]
    public Task A_container_the_lambda_adds_to_the_list_is_underlined_on_the_lambda() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                static readonly V1Container Sidecar = new() { Name = "web", Image = "busybox:1.37" };
                public static readonly Deployment App = Deployment.Named("web")
                    .Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27"))
                    .Configure({|KT1205:d => d.Spec!.Template!.Spec!.Containers!.Add(Sidecar)|});
            }
            """);

    [Fact]
    public Task A_container_the_lambda_builds_with_an_initializer_is_underlined_on_the_value_the_initializer_assigns() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named("web")
                    .Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27"))
                    .Configure(d => d.Spec!.Template!.Spec!.Containers!.Add(new V1Container { Name = {|KT1205:"web"|}, Image = "busybox:1.37" }));
            }
            """);
}
