using K8sTyped.Generator.Tests.TestSupport;

namespace K8sTyped.Generator.Tests;

/// <summary>
/// Typed model objects a manifests class holds directly (no DSL) get origins from the evaluation: a finding points at
/// the initializer value that set the field, or at the member that holds the object when no assignment set it.
/// </summary>
public sealed class ModelObjectOriginTests
{
    private const string Usings = "using K8sTyped;\nusing K8sTyped.Models;\n";

    [Fact]
    public void A_bad_value_in_an_object_initializer_is_reported_at_that_value()
    {
        DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests(Namespace = "web")]
            public static partial class Web
            {
                public static readonly V1ConfigMap Settings = new()
                {
                    Metadata = new V1ObjectMeta { Name = {|KT1001:"Web_Settings"|} },
                    Data = new Dictionary<string, string> { ["mode"] = "fast" },
                };
            }
            """);
    }

    [Fact]
    public void A_missing_field_is_reported_at_the_member_that_holds_the_object()
    {
        DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests(Namespace = "web")]
            public static partial class Web
            {
                public static readonly V1ConfigMap {|KT1001:Settings|} = new() { Data = new Dictionary<string, string> { ["mode"] = "fast" } };
            }
            """);
    }

    [Fact]
    public void A_bad_value_in_an_object_added_to_an_application_is_reported_at_that_value()
    {
        DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static partial class Web
            {
                private static readonly V1ConfigMap Settings = new()
                {
                    Metadata = new V1ObjectMeta { Name = {|KT1001:"Web_Settings"|} },
                    Data = new Dictionary<string, string> { ["mode"] = "fast" },
                };

                public static readonly Application App = Application.Named("web").InNamespace("web").Add(Settings);
            }
            """);
    }

    [Fact]
    public void A_missing_field_of_an_object_added_to_an_application_is_reported_at_the_add_call()
    {
        DiagnosticAssert.Reports(Usings + """
            [KubernetesManifests]
            public static partial class Web
            {
                private static readonly V1ConfigMap Settings = new() { Data = new Dictionary<string, string> { ["mode"] = "fast" } };

                public static readonly Application App = Application.Named("web").InNamespace("web").{|KT1001:Add(Settings)|};
            }
            """);
    }
}
