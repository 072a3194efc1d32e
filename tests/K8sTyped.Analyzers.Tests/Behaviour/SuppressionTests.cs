using K8sTyped.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Analyzers.Tests.Behaviour;

/// <summary>
/// A finding the team accepts can be suppressed in source like any compiler warning: <c>#pragma warning disable</c>
/// around the call, or <c>[SuppressMessage]</c> on the member or class. The compiler matches the id (optionally followed
/// by <c>:</c> and any text); the category is free text. The finding is still computed and shown as suppressed.
/// </summary>
public sealed class SuppressionTests
{
    [Fact]
    public Task Pragma_warning_disable_suppresses_the_finding_on_the_lines_it_covers() =>
        AssertSuppressed("""
            [KubernetesManifests]
            public static partial class Inventory
            {
            #pragma warning disable KT2001 // created by the platform team's chart
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy("inventory")
                    .Pods(Labels.Of("app", "inventory"), p => p.Container("db", "postgres:17"));
            #pragma warning restore KT2001
            }
            """);

    [Theory]
    [InlineData("K8sTyped", "KT2001")]
    [InlineData("Graph", "KT2001:StatefulSet serviceName names no Service")]
    public Task SuppressMessage_on_the_class_suppresses_the_finding(string category, string checkId) =>
        AssertSuppressed($$"""
            [KubernetesManifests]
            [System.Diagnostics.CodeAnalysis.SuppressMessage("{{category}}", "{{checkId}}", Justification = "created by the platform team's chart")]
            public static partial class Inventory
            {
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy("inventory")
                    .Pods(Labels.Of("app", "inventory"), p => p.Container("db", "postgres:17"));
            }
            """);

    [Fact]
    public Task SuppressMessage_on_the_member_suppresses_the_finding() =>
        AssertSuppressed("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                [System.Diagnostics.CodeAnalysis.SuppressMessage("K8sTyped", "KT2001", Justification = "created by the platform team's chart")]
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy("inventory")
                    .Pods(Labels.Of("app", "inventory"), p => p.Container("db", "postgres:17"));
            }
            """);

    [Fact]
    public Task SuppressMessage_for_another_id_leaves_the_finding() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            [System.Diagnostics.CodeAnalysis.SuppressMessage("K8sTyped", "KT2002")]
            public static partial class Inventory
            {
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy({|KT2001:"inventory"|})
                    .Pods(Labels.Of("app", "inventory"), p => p.Container("db", "postgres:17"));
            }
            """);

    private static async Task AssertSuppressed(string source)
    {
        var diagnostic = Assert.Single(await WorkspaceAnalysis.RunAsync(source));

        Assert.Equal(("KT2001", "\"inventory\"", true), (diagnostic.Id, diagnostic.Underlined(), diagnostic.IsSuppressed));
        // And the harness, which shows what the user sees, shows nothing.
        await AnalyzerVerifier.VerifyAsync(source);
    }
}
