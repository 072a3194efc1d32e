using K8sTyped.Analyzers.Tests.TestSupport;

namespace K8sTyped.Analyzers.Tests.Behaviour;

/// <summary>
/// A finding about a field that a <c>Configure(...)</c> callback set, changed or removed points at the callback the
/// user wrote (the lambda, or the method passed), not at the resource's factory; fields the callback leaves alone keep
/// the DSL call that set them. The evaluator does not tell which statement of a lambda set a field, so a block lambda
/// is underlined whole.
/// </summary>
public sealed class ConfigureLambdaTests
{
    [Fact]
    public Task A_bad_value_set_in_an_expression_lambda_is_underlined_on_the_lambda() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)))
                    .Configure({|KT1201:sts => sts.Spec!.Replicas = -1|});
            }
            """);

    [Fact]
    public Task A_bad_value_set_in_a_block_lambda_is_underlined_on_the_whole_lambda() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)))
                    .Configure({|KT1201:sts =>
                    {
                        sts.Spec!.RevisionHistoryLimit = 5;
                        sts.Spec!.Replicas = -1;
                    }|});
            }
            """);

    [Fact]
    public Task A_bad_value_set_by_a_method_passed_to_Configure_is_underlined_on_the_method_name() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)))
                    .Configure({|KT1201:ScaleDown|});

                private static void ScaleDown(V1StatefulSet sts) => sts.Spec!.Replicas = -1;
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
    public Task A_field_the_lambda_removes_is_underlined_on_the_lambda_not_on_the_call_that_set_it() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Settings
            {
                public static readonly ConfigMap Config = ConfigMap.Named("settings").Data("mode", "fast")
                    .Configure({|KT1001:c => c.Metadata!.Name = null|});
            }
            """);

    [Fact]
    public Task The_later_of_two_callbacks_that_set_a_field_is_underlined() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                static readonly Labels Pods = Labels.Of("app", "inventory");
                static readonly Service Svc = Service.Headless("inventory").Selecting(Pods).Port("sql", 5432);
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy(Svc)
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)))
                    .Configure(sts => sts.Spec!.Replicas = 3)
                    .Configure({|KT1201:sts => sts.Spec!.Replicas = -3|});
            }
            """);
}
