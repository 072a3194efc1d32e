using K8sTyped.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace K8sTyped.Analyzers.Tests.Evaluation;

/// <summary>
/// Why a <c>[KubernetesManifests]</c> class cannot be evaluated at build time (KT0101–KT0109) is shown by the analyzer,
/// live in the editor, at the exact C# that causes it: language servers show analyzer diagnostics, not generator ones.
/// </summary>
public sealed class EvaluationDiagnosticsTests
{
    [Fact]
    public Task Reading_the_clock_is_KT0101_at_DateTime_Now() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Clock
            {
                public static readonly ConfigMap Config = ConfigMap.Named("clock").Data("built", {|KT0101:DateTime.Now|}.ToString("O"));
            }
            """);

    [Fact]
    public Task A_constant_instead_of_the_clock_is_clean() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Clock
            {
                private const string Release = "2025-01-31";
                public static readonly ConfigMap Config = ConfigMap.Named("clock").Data("built", Release);
            }
            """);

    [Fact]
    public Task A_loop_that_never_ends_is_KT0102_at_the_loop() =>
        AnalyzerVerifier.VerifyAsync("""
            internal static class Scale
            {
                public static int Replicas()
                {
                    var replicas = 1;
                    {|KT0102:while (replicas > 0)
                    {
                        replicas++;
                        if (replicas == int.MaxValue) replicas = 1;
                    }|}

                    return replicas;
                }
            }

            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = Deployment.Named("web").Replicas(Scale.Replicas())
                    .Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27"));
            }
            """);

    [Fact]
    public Task A_field_read_before_its_initializer_has_run_is_KT0103_at_the_read() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Service Svc = Service.ClusterIP("web").Selecting({|KT0103:WebLabels|}!).Port("http", 80);
                private static readonly Labels WebLabels = Labels.Of("app", "web");
            }
            """);

    [Fact]
    public Task A_reference_to_K8sTyped_of_another_version_is_KT0104_at_the_class() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class {|KT0104:Front|}
                {
                    public static readonly string Name = "web";
                }
                """,
            SolutionTransforms = { (solution, projectId) => solution.WithProjectMetadataReferences(projectId, OtherK8sTypedVersion.References) },
        }.RunAsync();

    [Fact]
    public Task An_exception_from_the_library_is_KT0105_at_the_call() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Deployment App = {|KT0105:Deployment.Named("")|}.Replicas(2);
            }
            """);

    [Fact]
    public Task A_throw_in_a_helper_is_KT0105_at_the_throw() =>
        AnalyzerVerifier.VerifyAsync("""
            internal static class Naming
            {
                public static string Name(int tier) => tier > 0 ? "web-" + tier : {|KT0105:throw new ArgumentOutOfRangeException(nameof(tier), "tier must be positive")|};
            }

            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly ConfigMap Config = ConfigMap.Named(Naming.Name(0)).Data("mode", "fast");
            }
            """);

    [Fact]
    public Task An_iterator_is_KT0106_at_the_yield() =>
        AnalyzerVerifier.VerifyAsync("""
            internal static class Ports
            {
                public static IEnumerable<int> All()
                {
                    {|KT0106:yield return 80;|}
                }
            }

            [KubernetesManifests]
            public static partial class Front
            {
                public static readonly Service Svc = Service.Headless("web").Port("http", Ports.All().First());
            }
            """);

    [Fact]
    public Task A_second_Application_member_is_KT0106_at_its_name() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Two
            {
                public static readonly Application First = Application.Named("first");
                public static readonly Application {|KT0106:Second|} = Application.Named("second");
            }
            """);

    [Fact]
    public Task A_class_that_is_not_static_partial_is_KT0108_at_its_name() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static class {|KT0108:Front|}
            {
                public static readonly ConfigMap Config = ConfigMap.Named("settings").Data("mode", "fast");
            }
            """);

    [Fact]
    public Task A_class_without_Kubernetes_objects_is_KT0109_at_its_name() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class {|KT0109:Empty|}
            {
                public static readonly string Name = "nothing";
            }
            """);

    /// <summary>A K8sTyped assembly of version 0.0.1.0 with the attribute and the namespaces the tests import, instead of the real one.</summary>
    private static class OtherK8sTypedVersion
    {
        public static IReadOnlyList<MetadataReference> References { get; } = Create();

        private static IReadOnlyList<MetadataReference> Create()
        {
            var withoutK8sTyped = TestReferences.All.Where(r => !r.Display!.EndsWith("K8sTyped.dll", StringComparison.Ordinal)).ToList();
            var compilation = CSharpCompilation.Create(
                "K8sTyped",
                [CSharpSyntaxTree.ParseText("""
                    [assembly: System.Reflection.AssemblyVersion("0.0.1.0")]
                    namespace K8sTyped
                    {
                        public sealed class KubernetesManifestsAttribute : System.Attribute
                        {
                            public string? Namespace { get; set; }
                            public string? FileName { get; set; }
                        }
                    }
                    namespace K8sTyped.Models { public sealed class Placeholder { } }
                    namespace K8sTyped.Rules { public sealed class Placeholder { } }
                    """)],
                withoutK8sTyped,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            if (!emitted.Success)
                throw new InvalidOperationException(string.Join(Environment.NewLine, emitted.Diagnostics));
            return [.. withoutK8sTyped, MetadataReference.CreateFromImage(image.ToArray())];
        }
    }
}
