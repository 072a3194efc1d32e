using K8sTyped.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using OurNode = K8sTyped.Yaml.YamlNode;

namespace K8sTyped.Tests.Yaml.Reading;

/// <summary>Compares our reader's trees with YamlDotNet's representation model: an independent second opinion.</summary>
internal static class YamlDotNetOracle
{
    /// <summary>Asserts that both readers see the same documents, structure, scalar values and styles, and node positions.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="applyMergeKeys">Whether YamlDotNet should expand merge keys (its mappings are then compared as unordered).</param>
    public static void AssertSameTrees(string text, bool applyMergeKeys = false)
    {
        var stream = new YamlStream();
        IParser parser = new Parser(new StringReader(text));
        if (applyMergeKeys) parser = new MergingParser(parser);
        stream.Load(parser);

        var actual = YamlReader.Read(text);
        Assert.Equal(stream.Documents.Count, actual.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            AssertSameNode(stream.Documents[i].RootNode, actual[i].Root, $"document {i}", compareMarks: !applyMergeKeys, ordered: !applyMergeKeys);
        }
    }

    private static void AssertSameNode(YamlDotNet.RepresentationModel.YamlNode expected, OurNode? actual, string path, bool compareMarks, bool ordered)
    {
        if (actual is null)
        {
            // YamlDotNet represents an empty document by an empty plain scalar.
            var empty = Assert.IsType<YamlScalarNode>(expected);
            Assert.True(empty.Value is null or "", $"{path}: expected an empty document");
            return;
        }

        // YamlDotNet places empty scalars differently and starts a node at its anchor or tag, where we start at its content
        // (a mapping at its first key); every other node must start at the same place.
        var isEmptyScalar = expected is YamlScalarNode { Value: null or "", Style: ScalarStyle.Plain };
        var hasProperties = !expected.Anchor.IsEmpty || !expected.Tag.IsEmpty;
        if (compareMarks && !isEmptyScalar && !hasProperties)
        {
            Assert.True(
                new SourceMark((int)expected.Start.Line, (int)expected.Start.Column) == actual.Start,
                $"{path}: YamlDotNet starts at ({expected.Start.Line},{expected.Start.Column}), we start at {actual.Start}");
        }

        switch (expected)
        {
            case YamlScalarNode scalar:
                var ourScalar = Assert.IsType<YamlScalar>(actual);
                Assert.True(
                    (scalar.Value ?? "") == ourScalar.Value,
                    $"{path}: YamlDotNet reads '{Escape(scalar.Value ?? "")}', we read '{Escape(ourScalar.Value)}'");
                Assert.True(StyleOf(scalar.Style) == ourScalar.Style, $"{path}: YamlDotNet style {scalar.Style}, ours {ourScalar.Style}");
                break;
            case YamlSequenceNode sequence:
                var ourSequence = Assert.IsType<YamlSequence>(actual);
                Assert.True(sequence.Children.Count == ourSequence.Items.Count, $"{path}: YamlDotNet has {sequence.Children.Count} items, we have {ourSequence.Items.Count}");
                for (var i = 0; i < ourSequence.Items.Count; i++)
                {
                    AssertSameNode(sequence.Children[i], ourSequence.Items[i], $"{path}[{i}]", compareMarks, ordered);
                }

                break;
            case YamlMappingNode mapping:
                var ourMapping = Assert.IsType<YamlMapping>(actual);
                var expectedEntries = mapping.Children.ToList();
                if (!ordered) expectedEntries = expectedEntries.OrderBy(entry => ((YamlScalarNode)entry.Key).Value, StringComparer.Ordinal).ToList();
                var actualEntries = ordered ? ourMapping.Entries.ToList() : ourMapping.Entries.OrderBy(entry => entry.Key.Value, StringComparer.Ordinal).ToList();
                Assert.True(
                    expectedEntries.Count == actualEntries.Count,
                    $"{path}: YamlDotNet has keys [{string.Join(", ", expectedEntries.Select(e => e.Key))}], we have [{string.Join(", ", actualEntries.Select(e => e.Key.Value))}]");
                for (var i = 0; i < actualEntries.Count; i++)
                {
                    var key = actualEntries[i].Key.Value;
                    AssertSameNode(expectedEntries[i].Key, actualEntries[i].Key, $"{path}.key({key})", compareMarks, ordered);
                    AssertSameNode(expectedEntries[i].Value, actualEntries[i].Value, $"{path}.{key}", compareMarks, ordered);
                }

                break;
            default:
                Assert.Fail($"{path}: unexpected YamlDotNet node {expected.GetType().Name}");
                break;
        }
    }

    private static YamlScalarStyle StyleOf(ScalarStyle style) => style switch
    {
        ScalarStyle.Plain => YamlScalarStyle.Plain,
        ScalarStyle.SingleQuoted => YamlScalarStyle.SingleQuoted,
        ScalarStyle.DoubleQuoted => YamlScalarStyle.DoubleQuoted,
        ScalarStyle.Literal => YamlScalarStyle.Literal,
        ScalarStyle.Folded => YamlScalarStyle.Folded,
        _ => YamlScalarStyle.Any,
    };

    private static string Escape(string text) => text.Replace("\n", "\\n").Replace("\t", "\\t");
}
