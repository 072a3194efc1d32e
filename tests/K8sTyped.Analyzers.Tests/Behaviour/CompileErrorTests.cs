using K8sTyped.Analyzers.Tests.TestSupport;

namespace K8sTyped.Analyzers.Tests.Behaviour;

/// <summary>
/// While a manifests class does not compile, only the compiler's errors are shown for it: its KT findings would be
/// about code that does not exist yet. The project's other classes are still analyzed.
/// </summary>
public sealed class CompileErrorTests
{
    [Fact]
    public Task A_class_with_a_compile_error_gets_no_KT_diagnostics() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named({|CS0103:WebName|}).Replicas(-1)
                    .Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27"));
            }
            """);

    [Fact]
    public Task The_other_classes_of_the_project_are_still_analyzed() =>
        AnalyzerVerifier.VerifyAsync(
            """
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named({|CS0103:WebName|}).Replicas(-1)
                    .Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27"));
            }

            [KubernetesManifests]
            public static partial class Back
            {
                public static readonly Deployment App = Deployment.Named("api").Replicas({|KT1201:-1|})
                    .Pods(Labels.Of("app", "api"), p => p.Container("api", "api:1.0"));
            }
            """);
}
