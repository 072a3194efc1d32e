using System.Text.RegularExpressions;
using K8sTyped.Analyzers.Tests.TestSupport;
using K8sTyped.Generator.Analysis;
using K8sTyped.Rules;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Analyzers.Tests;

/// <summary>
/// Every diagnostic the analyzer can report has a test here that triggers it from C# and marks the span the user sees,
/// so a rule cannot be added, or lose its location, unnoticed. The two that no source can trigger (a rule that crashed,
/// a generator that crashed) are checked as descriptors.
/// </summary>
public sealed class AnalyzerCoverageTests
{
    /// <summary>KT0001 needs a rule that throws, KT0107 a failure inside the generator itself: no user code causes either.</summary>
    private static readonly string[] s_notTriggerableFromSource = ["KT0001", "KT0107"];

    private static readonly string[] s_testFolders = ["Rules", "Evaluation", "Behaviour"];

    private static readonly IReadOnlyList<DiagnosticDescriptor> s_supported = new ManifestAnalyzer().SupportedDiagnostics;

    private static readonly IReadOnlyList<string> s_triggerable =
        [.. s_supported.Select(d => d.Id).Except(s_notTriggerableFromSource).Order(StringComparer.Ordinal)];

    public static TheoryData<string> TriggerableIds => [.. s_triggerable];

    public static TheoryData<string> NotTriggerableIds => [.. s_notTriggerableFromSource];

    [Fact]
    public void The_analyzer_supports_every_rule_and_every_evaluator_diagnostic()
    {
        var supported = s_supported.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(RuleDescriptors.All, rule => Assert.Contains(rule.Id, supported));
        Assert.All(Enumerable.Range(101, 10).Select(n => $"KT0{n}"), id => Assert.Contains(id, supported));
        Assert.Subset(supported, s_notTriggerableFromSource.ToHashSet(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TriggerableIds))]
    public void A_test_triggers_the_diagnostic_and_marks_its_span(string id)
    {
        // Markup {|KT1201:...|}, or an expected Diagnostic("KT1201", ...) placed with WithLocation/WithSpan.
        var marked = new Regex($@"\{{\|{id}:|Diagnostic\(""{id}""", RegexOptions.CultureInvariant);
        var files = s_testFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "tests", "K8sTyped.Analyzers.Tests", folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => marked.IsMatch(File.ReadAllText(file)))
            .ToList();

        Assert.True(files.Count > 0, $"No analyzer test triggers {id}: add one under Rules/ or Evaluation/ with the span marked.");
    }

    [Theory]
    [MemberData(nameof(NotTriggerableIds))]
    public void A_diagnostic_no_source_triggers_still_has_its_descriptor_and_page(string id)
    {
        var descriptor = Assert.Single(s_supported, d => d.Id == id);

        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.EndsWith($"docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryFiles.Root, "docs", "rules", id + ".md")), $"docs/rules/{id}.md is missing");
    }

    [Fact]
    public void The_rule_failure_descriptor_is_the_run_time_one()
    {
        var descriptor = Assert.Single(s_supported, d => d.Id == RuleDescriptors.RuleFailure.Id);

        Assert.Equal(RuleDescriptors.RuleFailure.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        Assert.Equal(RuleDescriptors.RuleFailure.HelpLink, descriptor.HelpLinkUri);
    }
}
