using System.Text.RegularExpressions;
using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Tests.TestSupport;

namespace K8sTyped.Generator.Tests;

/// <summary>Every diagnostic is documented where its help link points, and tracked for release.</summary>
public sealed class DescriptorTests
{
    public static TheoryData<string> Ids() => [.. DiagnosticDescriptors.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_to_an_existing_page_with_the_title_and_examples(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        const string prefix = "https://github.com/k8styped/k8styped/blob/main/";
        Assert.StartsWith(prefix, descriptor.HelpLinkUri, StringComparison.Ordinal);
        var page = Path.Combine(RepositoryFiles.Root, descriptor.HelpLinkUri.Substring(prefix.Length));
        Assert.True(File.Exists(page), $"{descriptor.HelpLinkUri} has no page at {page}");

        var text = File.ReadAllText(page);
        var lines = text.Split('\n');
        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
        Assert.Contains($"Severity: {descriptor.DefaultSeverity} · Category: {descriptor.Category}", text, StringComparison.Ordinal);
        // Evaluator diagnostics are about C#; rule pages may show the manifest as YAML, as the rules also run on YAML files.
        var example = id.StartsWith("KT01", StringComparison.Ordinal) ? @"\s+```csharp" : @"[^#]*?```";
        Assert.Matches(new Regex("## Wrong" + example, RegexOptions.Multiline), text);
        Assert.Matches(new Regex("## Right" + example, RegexOptions.Multiline), text);
    }

    [Fact]
    public void Ids_are_unique_and_the_evaluator_keeps_to_its_range()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(DiagnosticDescriptors.Evaluation, d => Assert.Matches("^KT01(0[1-9]|[1-9][0-9])$", d.Id));
        Assert.Equal(K8sTyped.Rules.RuleDescriptors.All.Select(r => r.Id), DiagnosticDescriptors.Rules.Select(d => d.Id));
    }

    [Fact]
    public void Release_tracking_lists_every_descriptor()
    {
        // The evaluator's descriptors are tracked beside them (the release-tracking analyzer checks those); the rules'
        // beside the rules in src/K8sTyped, since their descriptors are made from RuleDescriptors at run time.
        var unshipped = RepositoryFiles.Read("src/K8sTyped.Generator/AnalyzerReleases.Unshipped.md")
            + RepositoryFiles.Read("src/K8sTyped.Generator/AnalyzerReleases.Shipped.md")
            + RepositoryFiles.Read("src/K8sTyped/AnalyzerReleases.Unshipped.md")
            + RepositoryFiles.Read("src/K8sTyped/AnalyzerReleases.Shipped.md");
        foreach (var descriptor in DiagnosticDescriptors.All)
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Title}", unshipped, StringComparison.Ordinal);
    }
}
