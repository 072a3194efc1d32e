using K8sTyped.Analyzers.Tests.TestSupport;
using K8sTyped.Generator.Analysis;

namespace K8sTyped.Analyzers.Tests.Behaviour;

/// <summary>
/// Every diagnostic links to its page (docs/rules/KTnnnn.md), so "Show help" in the editor and the link in the build
/// output open the explanation with a wrong and a right example.
/// </summary>
public sealed class HelpLinkTests
{
    private const string PageBase = "https://github.com/k8styped/k8styped/blob/main/docs/rules/";

    public static TheoryData<string> Ids => [.. new ManifestAnalyzer().SupportedDiagnostics.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_descriptor_links_to_its_page_in_the_repository(string id)
    {
        var descriptor = Assert.Single(new ManifestAnalyzer().SupportedDiagnostics, d => d.Id == id);

        Assert.Equal(PageBase + id + ".md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(Path.Combine(RepositoryFiles.Root, "docs", "rules", id + ".md")), $"docs/rules/{id}.md is missing");
    }

    [Fact]
    public async Task A_reported_rule_finding_carries_the_link_to_its_page()
    {
        var diagnostic = Assert.Single(await WorkspaceAnalysis.RunAsync("""
            [KubernetesManifests]
            public static partial class Inventory
            {
                public static readonly StatefulSet Db = StatefulSet.Named("inventory").GovernedBy("inventory")
                    .Pods(Labels.Of("app", "inventory"), p => p.Container("db", "postgres:17"));
            }
            """));

        Assert.Equal(("KT2001", PageBase + "KT2001.md"), (diagnostic.Id, diagnostic.Descriptor.HelpLinkUri));
    }

    [Fact]
    public async Task A_reported_evaluation_diagnostic_carries_the_link_to_its_page()
    {
        var diagnostic = Assert.Single(await WorkspaceAnalysis.RunAsync("""
            [KubernetesManifests]
            public static partial class Clock
            {
                public static readonly ConfigMap Config = ConfigMap.Named("clock").Data("built", DateTime.Now.ToString("O"));
            }
            """));

        Assert.Equal(("KT0101", PageBase + "KT0101.md"), (diagnostic.Id, diagnostic.Descriptor.HelpLinkUri));
    }
}
