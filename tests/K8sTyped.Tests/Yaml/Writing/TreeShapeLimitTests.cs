using K8sTyped.Yaml;

namespace K8sTyped.Tests.Yaml.Writing;

/// <summary>
/// Trees built in code can hold themselves or nest without end: both writers refuse them with an <see cref="ArgumentException"/>
/// naming the problem, instead of overflowing the stack.
/// </summary>
public class TreeShapeLimitTests
{
    private const int MaxDepth = 1000;

    public static TheoryData<string> Writers => ["yaml", "json"];

    private static string Write(string writer, YamlNode tree) =>
        writer == "yaml" ? YamlWriter.Write(tree) : JsonWriter.Write(tree);

    /// <summary><paramref name="depth"/> sequences, each the only item of the one outside it, around a scalar.</summary>
    private static YamlNode NestedSequences(int depth)
    {
        YamlNode node = YamlScalar.String("x");
        for (var level = 0; level < depth; level++)
        {
            var sequence = new YamlSequence();
            sequence.Add(node);
            node = sequence;
        }

        return node;
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_sequence_that_contains_itself_is_refused_as_a_cycle(string writer)
    {
        var sequence = new YamlSequence();
        sequence.Add(sequence);

        var error = Assert.Throws<ArgumentException>(() => Write(writer, sequence));

        Assert.StartsWith("The tree contains a cycle: a sequence at depth 2 is inside itself, so it has no text form.", error.Message);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_mapping_inside_its_own_value_is_refused_as_a_cycle(string writer)
    {
        var root = new YamlMapping();
        var spec = new YamlMapping();
        root.Add("spec", spec);
        var items = new YamlSequence();
        spec.Add("items", items);
        items.Add(root);

        var error = Assert.Throws<ArgumentException>(() => Write(writer, root));

        Assert.StartsWith("The tree contains a cycle: a mapping at depth 4 is inside itself, so it has no text form.", error.Message);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_hundred_thousand_nested_sequences_are_refused_at_the_depth_limit(string writer)
    {
        var error = Assert.Throws<ArgumentException>(() => Write(writer, NestedSequences(100_000)));

        Assert.StartsWith($"The tree nests collections deeper than {MaxDepth} levels, the most the writers accept.", error.Message);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Nesting_up_to_the_limit_is_written(string writer)
    {
        Assert.Contains("x", Write(writer, NestedSequences(MaxDepth)));
        Assert.Throws<ArgumentException>(() => Write(writer, NestedSequences(MaxDepth + 1)));
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_node_shared_by_several_parents_is_not_a_cycle(string writer)
    {
        var labels = new YamlMapping();
        labels.Add("app", YamlScalar.String("web"));
        var root = new YamlMapping();
        root.Add("selector", labels);
        var template = new YamlMapping();
        template.Add("labels", labels);
        root.Add("template", template);

        Assert.Equal(2, Write(writer, root).Split("web").Length - 1);
    }
}
