using System.Text.RegularExpressions;
using K8sTyped.Rules;
using K8sTyped.Tests.TestSupport;

namespace K8sTyped.Tests.Rules;

/// <summary>Every rule is registered once, documented, and tracked for release; its help link leads to its page.</summary>
public class RuleCatalogTests
{
    public static TheoryData<string> DescriptorIds => [.. RuleDescriptors.All.Select(d => d.Id)];

    [Fact]
    public void Ids_are_unique_and_well_formed()
    {
        Assert.All(RuleDescriptors.All, d => Assert.Matches(@"^KT\d{4}$", d.Id));
        Assert.Equal(RuleDescriptors.All.Count, RuleDescriptors.All.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void The_descriptor_list_holds_every_descriptor_once_in_id_order()
    {
        var declared = typeof(RuleDescriptors).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(RuleDescriptor))
            .Select(p => (RuleDescriptor)p.GetValue(null)!)
            .ToList();

        Assert.Equal(declared.Count, RuleDescriptors.All.Count);
        Assert.All(declared, d => Assert.Single(RuleDescriptors.All, listed => ReferenceEquals(listed, d)));
        Assert.Equal(RuleDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal), RuleDescriptors.All.Select(d => d.Id));
    }

    [Fact]
    public void The_catalogue_holds_every_rule_class_once_in_id_order()
    {
        var ruleClasses = typeof(Rule).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(Rule).IsAssignableFrom(t)).ToList();

        Assert.Equal(ruleClasses.Order(TypeNameComparer), RuleCatalog.Rules.Select(r => r.GetType()).Order(TypeNameComparer));
        Assert.Equal(RuleCatalog.Rules.Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal), RuleCatalog.Rules.Select(r => r.Descriptor.Id));
    }

    private static readonly Comparer<Type> TypeNameComparer = Comparer<Type>.Create((a, b) => StringComparer.Ordinal.Compare(a.FullName, b.FullName));

    [Fact]
    public void Every_rule_uses_a_catalogued_descriptor_and_every_analysis_descriptor_has_exactly_one_rule()
    {
        var ruleIds = RuleCatalog.Rules.Select(r => r.Descriptor.Id).ToList();

        Assert.All(RuleCatalog.Rules, r => Assert.Contains(r.Descriptor, RuleDescriptors.All));
        Assert.Equal(ruleIds.Count, ruleIds.Distinct().Count());
        // KT0xxx are reported by the engine and the DSL themselves, not by rules.
        var analysisIds = RuleDescriptors.All.Select(d => d.Id).Where(id => !id.StartsWith("KT0", StringComparison.Ordinal));
        Assert.Equal(analysisIds.Order(StringComparer.Ordinal), ruleIds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Each_rule_has_a_page_with_a_wrong_and_a_right_example_at_its_help_link(string id)
    {
        var descriptor = RuleDescriptors.All.Single(d => d.Id == id);
        var page = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");

        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {descriptor.Title}", text, StringComparison.Ordinal);
        Assert.Contains("## Wrong", text, StringComparison.Ordinal);
        Assert.Contains("## Right", text, StringComparison.Ordinal);
        Assert.Equal($"{RuleDescriptor.HelpLinkBase}/{id}.md", descriptor.HelpLink);
    }

    [Fact]
    public void The_rule_list_names_every_rule_with_its_severity_and_title()
    {
        var list = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "rules", "README.md"));

        Assert.All(RuleDescriptors.All, d =>
            Assert.Contains($"| [{d.Id}]({d.Id}.md) | {d.DefaultSeverity} | {d.Title} |", list, StringComparison.Ordinal));
    }

    [Fact]
    public void Release_tracking_lists_every_rule_with_its_category_and_severity()
    {
        var shipped = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "K8sTyped", "AnalyzerReleases.Shipped.md"));
        var unshipped = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "K8sTyped", "AnalyzerReleases.Unshipped.md"));
        var rows = Regex.Matches(shipped + unshipped, @"^(KT\d{4}) \| (\w+) \| (\w+) \|", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value))
            .ToList();

        Assert.Equal(
            RuleDescriptors.All.Select(d => (d.Id, d.Category, d.DefaultSeverity.ToString())).Order(),
            rows.Order());
    }
}
