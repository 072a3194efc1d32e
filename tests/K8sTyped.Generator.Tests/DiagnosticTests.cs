using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Tests;

/// <summary>Bad manifest code gets one clear diagnostic at its exact span, and no generated manifests.</summary>
public sealed class DiagnosticTests
{
    private const string Usings = "using K8sTyped;\nusing K8sTyped.Models;\n";

    [Fact]
    public void DateTime_Now_is_reported_on_exactly_that_call()
    {
        var run = DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static partial class Clock
            {
                public static readonly ConfigMap Config = ConfigMap.Named("clock").Data("built", {|KT0101:DateTime.Now|}.ToString("O"));
            }
            """);

        Assert.Contains("reads the clock", run.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.False(run.WroteManifests);
        // The class's members are still there, empty, so code that reads them compiles and KT0101 stands alone.
        Assert.Contains("public const string ManifestYaml = @\"\";", Assert.Single(run.GeneratedSources), StringComparison.Ordinal);
        Assert.Empty(run.OutputErrors);
    }

    [Theory]
    [InlineData("{|KT0101:Guid.NewGuid()|}.ToString()", "random")]
    [InlineData("{|KT0101:Environment.GetEnvironmentVariable(\"IMAGE\")|} ?? \"nginx\"", "environment")]
    [InlineData("{|KT0101:System.IO.File.ReadAllText(\"image.txt\")|}", "I/O")]
    [InlineData("{|KT0101:new Random()|}.Next().ToString()", "random")]
    [InlineData("string.Join(\",\", {|KT0101:new[] { \"b\", \"A\" }.OrderBy(x => x)|})", "culture")]
    [InlineData("{|KT0101:string.Compare(\"a\", \"B\")|}.ToString()", "culture")]
    [InlineData("string.Join(\",\", {|KT0101:new[] { \"b\", \"A\" }.ToHashSet()|})", "order")]
    public void Nondeterministic_calls_are_reported_with_the_reason(string expression, string reason)
    {
        var run = DiagnosticAssert.Reports(Usings + $$"""
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Label("image", {{expression}});
            }
            """);

        Assert.Contains(reason, run.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Instance_state_of_user_types_is_reported()
    {
        DiagnosticAssert.Reports(Usings + """
            public sealed class Settings
            {
                public string Name => "web";
            }

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named({|KT0101:new Settings()|}.Name);
            }
            """);
    }

    [Fact]
    public void A_loop_that_never_ends_exceeds_the_budget_at_the_loop()
    {
        DiagnosticAssert.Reports(Usings + """
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
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Replicas(Scale.Replicas());
            }
            """);
    }

    [Fact]
    public void Recursion_that_never_ends_exceeds_the_call_depth()
    {
        DiagnosticAssert.Reports(Usings + """
            internal static class Scale
            {
                public static int Replicas(int n) => {|KT0102:Replicas(n + 1)|};
            }

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Replicas(Scale.Replicas(0));
            }
            """);
    }

    [Fact]
    public void Members_that_need_each_other_are_a_cycle()
    {
        var run = DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static partial class Loop
            {
                public static Service Front => Service.ClusterIP("front-" + Back.Name);
                public static Service Back => Service.ClusterIP("back-" + {|KT0103:Front|}.Name);
            }
            """);

        Assert.Contains("Loop.Front → Loop.Back → Loop.Front", run.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_forward_reference_that_would_read_null_at_run_time_is_reported()
    {
        DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static partial class Order
            {
                public static readonly Service Front = Service.ClusterIP("front").Selecting({|KT0103:AppLabels|});
                private static readonly Labels AppLabels = Labels.Of("app", "front");
            }
            """);
    }

    [Fact]
    public void Cycles_across_classes_are_reported()
    {
        DiagnosticAssert.Reports(Usings + """
            public static class Names
            {
                public static readonly string Front = "front-" + {|KT0103:Ring.Svc|}.Name;
            }

            [KubernetesManifests]
            public static partial class Ring
            {
                public static readonly Service Svc = Service.ClusterIP(Names.Front);
            }
            """);
    }

    [Fact]
    public void Throw_in_a_helper_is_reported_at_the_throw()
    {
        var run = DiagnosticAssert.Reports(Usings + """
            internal static class Naming
            {
                public static string Name(int tier) => tier > 0 ? "web-" + tier : {|KT0105:throw new ArgumentOutOfRangeException(nameof(tier), "tier must be positive")|};
            }

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named(Naming.Name(0));
            }
            """);

        Assert.Contains("tier must be positive", run.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_from_the_library_is_reported_at_the_call()
    {
        DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = {|KT0105:Deployment.Named("")|}.Replicas(2);
            }
            """);
    }

    [Fact]
    public void An_exception_in_a_lambda_the_library_calls_is_reported_inside_the_lambda()
    {
        DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static partial class Web
            {
                private static readonly string[] Ports = ["http"];

                public static readonly Deployment App = Deployment.Named("web")
                    .Pods(Labels.Of("app", "web"), pod => pod.Container("web", "nginx", c => c.Port(Ports[0], {|KT0105:Ports[1]|}.Length)));
            }
            """);
    }

    [Fact]
    public void A_class_that_is_not_static_partial_is_reported()
    {
        DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static class {|KT0108:Web|}
            {
                public static readonly Deployment App = Deployment.Named("web");
            }
            """);
    }

    [Fact]
    public void A_class_without_objects_gets_a_warning()
    {
        var run = DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static partial class {|KT0109:Empty|}
            {
                public static readonly string Name = "nothing";
            }
            """);

        Assert.Equal(DiagnosticSeverity.Warning, run.Diagnostics[0].Severity);
    }

    [Fact]
    public void Code_that_does_not_compile_gets_only_the_compiler_errors()
    {
        var run = GeneratorRun.Run(Usings + """
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named(UnknownName);
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.False(run.WroteManifests);
    }

    [Fact]
    public void A_failing_application_does_not_hide_the_others()
    {
        var run = GeneratorRun.Run(
            Usings + """
            [KubernetesManifests]
            public static partial class Broken
            {
                public static readonly Deployment App = Deployment.Named("broken").Label("at", DateTime.UtcNow.ToString());
            }
            """,
            Usings + """
            [KubernetesManifests]
            public static partial class Healthy
            {
                public static readonly Deployment App = Deployment.Named("healthy");
            }
            """);

        var diagnostic = Assert.Single(run.EvaluationDiagnostics);
        Assert.Equal(DiagnosticDescriptors.UnsupportedCall.Id, diagnostic.Id);
        // The healthy application is still written, and still checked (a Deployment with no selector).
        var generated = Assert.Single(run.GeneratedSources, s => s.Contains("GeneratedApplication(", StringComparison.Ordinal));
        Assert.Contains("name: healthy", generated, StringComparison.Ordinal);
        Assert.Equal("KT1202", Assert.Single(run.RuleDiagnostics).Id);
        Assert.Empty(run.OutputErrors);
    }

    [Fact]
    public void An_iterator_helper_is_an_unsupported_construct()
    {
        DiagnosticAssert.Reports(Usings + """
            internal static class Ports
            {
                public static IEnumerable<int> All()
                {
                    {|KT0106:yield return 80;|}
                }
            }

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Service Front = Service.ClusterIP("web").Port("http", Ports.All().First());
            }
            """);
    }

    [Fact]
    public void A_second_Application_member_is_an_unsupported_construct()
    {
        DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static partial class Two
            {
                public static readonly Application First = Application.Named("first");
                public static readonly Application {|KT0106:Second|} = Application.Named("second");
            }
            """);
    }

    [Fact]
    public void Boxing_a_value_of_your_own_enum_is_reported()
    {
        DiagnosticAssert.Reports(Usings + """
            public enum Tier { Bronze, Gold }

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Label("tier", "tier-" + {|KT0101:Tier.Gold|});
            }
            """);
    }

    [Fact]
    public void An_expression_nested_too_deeply_is_reported_at_the_expression_as_too_deep()
    {
        var sum = string.Join(" + ", Enumerable.Repeat("One", 5_000));
        var run = DiagnosticAssert.Reports(Usings + $$"""
            [KubernetesManifests]
            public static partial class Web
            {
                private static readonly int One = 1;
                public static readonly Deployment App = Deployment.Named("web").Replicas({|KT0102:{{sum}}|});
            }
            """);

        Assert.Contains("nests too deeply", run.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Stackalloc_is_named_in_the_message()
    {
        var run = DiagnosticAssert.Reports(Usings + """
            internal static class Naming
            {
                public static int Length()
                {
                    Span<char> buffer = {|KT0106:stackalloc char[4]|};
                    return buffer.Length;
                }
            }

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Replicas(Naming.Length());
            }
            """);

        var message = run.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("stackalloc", message, StringComparison.Ordinal);
        Assert.DoesNotContain("(None)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinals_past_int_MaxValue_are_reported_at_the_value_that_set_the_start()
    {
        var run = DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Service Headless = Service.Headless("db").Selecting(Labels.Of("app", "db"));
                public static readonly StatefulSet Db = StatefulSet.Named("db").GovernedBy(Headless).OrdinalsStart({|KT0105:int.MaxValue|}).Replicas(2)
                    .Pods(Labels.Of("app", "db"), pod => pod.Container("db", "mariadb:11.4"));
            }
            """);

        Assert.Contains("numbers its 2 pods from 2147483647", run.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
