using K8sTyped.Rules;
using K8sTyped.Tool.Tests.TestSupport;

namespace K8sTyped.Tool.Tests;

/// <summary><c>k8styped rules</c> and <c>k8styped explain</c>: the catalogue and each rule's page, offline.</summary>
public sealed class CatalogueTests
{
    [Fact]
    public void Rules_lists_every_rule_with_its_severity_and_title()
    {
        var run = ToolRun.Invoke(Directory.GetCurrentDirectory(), null, "rules");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var rule in RuleDescriptors.All)
            Assert.Contains(run.OutLines, line => line.StartsWith(rule.Id, StringComparison.Ordinal)
                && line.Contains(rule.DefaultSeverity.ToString().ToLowerInvariant(), StringComparison.Ordinal)
                && line.EndsWith(rule.Title, StringComparison.Ordinal));
    }

    public static TheoryData<string> RuleIds => new(RuleDescriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Explain_prints_the_rule_page_of_docs_rules(string id)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md")).ReplaceLineEndings("\n");

        var run = ToolRun.Invoke(Directory.GetCurrentDirectory(), null, "explain", id.ToLowerInvariant());

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith(page.TrimEnd('\n'), run.Out);
        Assert.EndsWith($"Online: {RuleDescriptor.HelpLinkBase}/{id}.md\n", run.Out);
    }

    [Fact]
    public void Explain_of_an_unknown_rule_is_exit_code_2()
    {
        var run = ToolRun.Invoke(Directory.GetCurrentDirectory(), null, "explain", "KT9999");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("k8styped: unknown rule 'KT9999'; 'k8styped rules' lists them\n", run.Error);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "K8sTyped.sln")))
            directory = directory.Parent ?? throw new InvalidOperationException("K8sTyped.sln not found above the test assembly");
        return directory.FullName;
    }
}
