using K8sTyped.Generator.Tests.TestSupport;

namespace K8sTyped.Generator.Tests;

/// <summary>
/// Static constructors run as in the CLR: after the type's field initializers, on the first access to the type (a
/// static method call included). The differential program <c>StaticConstructors</c> compares the result with a real run.
/// </summary>
public sealed class StaticConstructorTests
{
    private const string Usings = "using K8sTyped;\nusing K8sTyped.Models;\n";

    [Fact]
    public void A_field_assigned_only_in_the_static_constructor_holds_that_value()
    {
        var run = GeneratorRun.Run(Usings + """
            [KubernetesManifests]
            public static partial class Web
            {
                private static readonly string Image;
                public static readonly List<Deployment> All = [];

                static Web()
                {
                    Image = "nginx:1.27";
                    All.Add(Deployment.Named("db").Label("image", Image));
                }
            }
            """);

        Assert.Empty(run.EvaluationDiagnostics);
        var generated = Assert.Single(run.GeneratedSources);
        Assert.Contains("name: db", generated, StringComparison.Ordinal);
        Assert.Contains("image: nginx:1.27", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void A_static_constructor_assigns_only_its_own_types_statics()
    {
        DiagnosticAssert.Reports(Usings + """
            public static class Other
            {
                public static string Name = "a";
            }

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web");

                static Web()
                {
                    {|KT0101:Other.Name|} = "b";
                }
            }
            """);
    }

    [Fact]
    public void A_throw_in_a_static_constructor_is_reported_at_the_throw()
    {
        DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web");

                static Web()
                {
                    {|KT0105:throw new InvalidOperationException("not configured");|}
                }
            }
            """);
    }
}
