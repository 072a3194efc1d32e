using K8sTyped.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Analyzers.Tests.Behaviour;

/// <summary>
/// Teams choose how serious each finding is, as for any analyzer: <c>dotnet_diagnostic.KTnnnn.severity</c> in an
/// .editorconfig or a global config raises, lowers or silences it.
/// </summary>
public sealed class SeverityConfigurationTests
{
    private const string MissingGoverningService = """
        [KubernetesManifests]
        public static partial class Inventory
        {
            public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy("inventory")
                .Pods(Labels.Of("app", "inventory"), p => p.Container("db", "postgres:17"));
        }
        """;

    public static TheoryData<string, string> RaisingConfigs => new()
    {
        { "/Manifests/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.KT2001.severity = error\n" },
        { "/Manifests/k8styped.globalconfig", "is_global = true\n\ndotnet_diagnostic.KT2001.severity = error\n" },
    };

    [Fact]
    public async Task Without_configuration_the_rule_reports_at_its_default_severity()
    {
        var diagnostic = Assert.Single(await WorkspaceAnalysis.RunAsync(MissingGoverningService));

        Assert.Equal(("KT2001", DiagnosticSeverity.Warning, "\"inventory\""), (diagnostic.Id, diagnostic.Severity, diagnostic.Underlined()));
    }

    [Theory]
    [MemberData(nameof(RaisingConfigs))]
    public async Task A_config_file_raises_a_warning_to_an_error(string path, string config)
    {
        var diagnostic = Assert.Single(await WorkspaceAnalysis.RunAsync(MissingGoverningService, (path, config)));

        Assert.Equal(("KT2001", DiagnosticSeverity.Error, "\"inventory\""), (diagnostic.Id, diagnostic.Severity, diagnostic.Underlined()));
    }

    [Fact]
    public Task An_editorconfig_lowers_an_invalid_DSL_value_from_an_error_to_a_warning() =>
        new AnalyzerVerifier.Test
        {
            TestCode = """
                [KubernetesManifests]
                public static partial class Front
                {
                    public static readonly Deployment App = Deployment.Named("web")
                        .Pods(Labels.Of("app", "web"), p => p.Container("web", "nginx:1.27", c => c.Requests(memory: {|#0:"512MB"|})));
                }
                """,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT0002", DiagnosticSeverity.Warning).WithLocation(0) },
        }.WithAnalyzerConfig("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.KT0002.severity = warning\n").RunAsync();

    [Theory]
    [InlineData("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.KT2001.severity = none\n")]
    [InlineData("/k8styped.globalconfig", "is_global = true\n\ndotnet_diagnostic.KT2001.severity = none\n")]
    public Task Severity_none_silences_the_rule(string path, string config) =>
        // Without the config this source is KT2001 (Without_configuration_the_rule_reports_at_its_default_severity).
        AnalyzerVerifier.Create(MissingGoverningService).WithAnalyzerConfig(path, config).RunAsync();
}
