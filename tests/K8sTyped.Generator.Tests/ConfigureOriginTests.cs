using K8sTyped.Generator.Tests.TestSupport;

namespace K8sTyped.Generator.Tests;

/// <summary>
/// A finding about a field set inside a <c>Configure</c> lambda points at the value assigned there (the evaluator records
/// each assignment it executes), and at the lambda when no assignment set the field directly.
/// </summary>
public sealed class ConfigureOriginTests
{
    private const string Usings = "using K8sTyped;\nusing K8sTyped.Models;\n";

    [Fact]
    public void A_value_assigned_in_the_lambda_is_reported_at_that_value()
    {
        DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static partial class Web
            {
                static readonly Labels Pods = Labels.Of("app", "web");
                public static readonly Application App = Application.Named("web").InNamespace("lab").Add(
                    Deployment.Named("web").Pods(Pods, p => p.Container("web", "nginx:1.27"))
                        .Configure(d => d.Spec!.Replicas = {|KT1201:-1|}));
            }
            """);
    }

    [Fact]
    public void A_property_of_an_object_created_in_the_lambda_is_reported_at_its_initializer()
    {
        DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static partial class Web
            {
                static readonly Labels Pods = Labels.Of("app", "web");
                public static readonly Application App = Application.Named("web").InNamespace("lab").Add(
                    Deployment.Named("web").Pods(Pods, p => p.Container("web", "nginx:1.27"))
                        .Configure(d => d.Spec!.Template.Spec!.Containers.Add(new V1Container { Name = {|KT1006:"Side_Car"|}, Image = "busybox:1.37" })));
            }
            """);
    }

    [Fact]
    public void A_field_changed_without_an_assignment_is_reported_at_the_lambda()
    {
        DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static partial class Web
            {
                static readonly Labels Pods = Labels.Of("app", "web");
                public static readonly Application App = Application.Named("web").InNamespace("lab").Add(
                    Deployment.Named("web").Label("tier", "web").Pods(Pods, p => p.Container("web", "nginx:1.27"))
                        .Configure({|KT1003:d => d.Metadata.Labels!["bad key!"] = "x"|}));
            }
            """);
    }
}
