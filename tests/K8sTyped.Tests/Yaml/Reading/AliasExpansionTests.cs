using System.Diagnostics;
using K8sTyped.Yaml;

namespace K8sTyped.Tests.Yaml.Reading;

/// <summary>
/// Aliases share the anchored node, but whatever walks the tree meets it once per alias: a document whose aliases would
/// make that walk explode is rejected at the alias, by go-yaml's (and so kubectl's) excessive-aliasing rule.
/// </summary>
public class AliasExpansionTests
{
    /// <summary>The classic "billion laughs": nine levels of nine aliases of the level below, 10^9 strings once expanded.</summary>
    private static string BillionLaughs(int levels)
    {
        var lines = new List<string> { "l0: &l0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" };
        for (var level = 1; level < levels; level++)
        {
            var alias = $"*l{level - 1}";
            lines.Add($"l{level}: &l{level} [{string.Join(",", Enumerable.Repeat(alias, 9))}]");
        }

        return string.Join("\n", lines) + "\n";
    }

    [Fact]
    public void A_billion_laughs_document_fails_at_the_alias_where_the_expansion_becomes_excessive()
    {
        var text = BillionLaughs(levels: 9);
        var stopwatch = Stopwatch.StartNew();

        var error = Assert.Throws<YamlException>(() => YamlReader.Read(text, "laughs.yaml"));

        // Line 4 holds "l3: &l3 [*l2,*l2,...]"; its fourth alias brings the aliased share past 99% of 4,670 nodes.
        Assert.Equal(new SourceMark(4, 22), error.Mark);
        Assert.Equal(
            "laughs.yaml:4:22: excessive aliasing: with '*l2' aliases repeat 4630 of the document's 4670 nodes, more than the 99% kubectl allows",
            error.Message);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void A_kubernetes_List_of_aliases_is_a_read_error_at_the_alias_not_an_out_of_memory_crash()
    {
        var text = BillionLaughs(levels: 30).Replace("\n", "\n  ").Insert(0, "apiVersion: v1\nkind: List\nx:\n  ") + "items: [*l29]\n";

        var result = KubernetesYaml.Read(text, "list.yaml");

        Assert.Empty(result.Objects);
        var error = Assert.Single(result.Errors);
        Assert.Equal(
            "list.yaml:7:24: excessive aliasing: with '*l2' aliases repeat 4630 of the document's 4676 nodes, more than the 99% kubectl allows",
            error.ToString());
    }

    [Fact]
    public void Anchors_aliases_and_merge_keys_of_an_ordinary_manifest_are_read()
    {
        const string text = """
            x-defaults:
              resources: &resources
                requests: {cpu: 100m, memory: 128Mi}
                limits: {cpu: 500m, memory: 256Mi}
              probe: &probe
                httpGet: {path: /healthz, port: 8080}
                periodSeconds: 10
            containers:
              - name: web
                resources: *resources
                livenessProbe: *probe
                readinessProbe:
                  <<: *probe
                  periodSeconds: 5
              - name: worker
                resources: *resources
            """;

        var root = Assert.IsType<YamlMapping>(Assert.Single(YamlReader.Read(text)).Root);

        Assert.True(root.TryGetValue("containers", out var containers));
        var web = Assert.IsType<YamlMapping>(Assert.IsType<YamlSequence>(containers).Items[0]);
        Assert.True(web.TryGetValue("readinessProbe", out var readiness));
        var probe = Assert.IsType<YamlMapping>(readiness);
        Assert.Equal(["httpGet", "periodSeconds"], probe.Entries.Select(e => e.Key.Value));
        Assert.True(probe.TryGetValue("periodSeconds", out var period));
        Assert.Equal("5", Assert.IsType<YamlScalar>(period).Value);
    }

    [Fact]
    public void A_document_may_take_most_of_its_nodes_from_aliases_as_go_yaml_allows()
    {
        // 400 copies of a 100-entry mapping through merge keys: about 82,000 nodes once expanded, 97.6% of them from aliases.
        var entries = string.Join(", ", Enumerable.Range(0, 100).Select(i => $"k{i}: v{i}"));
        var copies = Enumerable.Range(0, 400).Select(i => $"  - <<: *base\n    name: copy{i}\n");
        var text = $"base: &base {{{entries}}}\ncopies:\n{string.Concat(copies)}";

        var root = Assert.IsType<YamlMapping>(Assert.Single(YamlReader.Read(text)).Root);

        Assert.True(root.TryGetValue("copies", out var read));
        var items = Assert.IsType<YamlSequence>(read).Items;
        Assert.Equal(400, items.Count);
        Assert.All(items, item => Assert.Equal(101, Assert.IsType<YamlMapping>(item).Entries.Count));
    }

    [Fact]
    public void Aliases_are_counted_per_document()
    {
        // Each document has about 10,200 nodes, 98% from aliases: allowed. Counted together, 80 documents would have
        // 816,000 nodes, where go-yaml allows only 88.7%.
        var document = $"a: &a [{string.Join(", ", Enumerable.Range(0, 99))}]\nb: [{string.Join(", ", Enumerable.Repeat("*a", 100))}]\n";

        Assert.Equal(80, YamlReader.Read(string.Concat(Enumerable.Repeat("---\n" + document, 80))).Count);
    }

    [Theory]
    [InlineData(1_000, 0.99)]
    [InlineData(400_000, 0.99)]
    [InlineData(2_200_000, 0.545)]
    [InlineData(4_000_000, 0.10)]
    [InlineData(40_000_000, 0.10)]
    public void The_allowed_aliased_share_falls_from_99_to_10_percent_between_400_thousand_and_4_million_nodes(long nodes, double share)
    {
        Assert.Equal(share, K8sTyped.Yaml.Reading.AliasExpansionBudget.AllowedAliasedShare(nodes), precision: 9);
    }
}
