using K8sTyped.Yaml;
using RM = YamlDotNet.RepresentationModel;
using YamlDotNet.Core;

namespace K8sTyped.Tests.Yaml.Writing;

/// <summary>Reads writer output back with YamlDotNet, an independent parser, and compares it with the tree written.</summary>
internal static class YamlDotNetOracle
{
    /// <summary>Parses a stream with YamlDotNet.</summary>
    public static IReadOnlyList<RM.YamlDocument> Parse(string yaml)
    {
        var stream = new RM.YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents];
    }

    /// <summary>Parses a one-document stream and returns its root.</summary>
    public static RM.YamlNode ParseSingle(string yaml) => Assert.Single(Parse(yaml)).RootNode;

    /// <summary>
    /// Asserts the parsed node has the tree's shape, order and text, and that every bare scalar means what the tree
    /// says under YAML 1.1 and 1.2: strings resolve to no other type, numbers and booleans to their kind.
    /// </summary>
    public static void AssertSameTree(YamlNode expected, RM.YamlNode actual, string path = "$")
    {
        switch (expected)
        {
            case YamlMapping mapping:
                var actualMapping = Assert.IsType<RM.YamlMappingNode>(actual);
                Assert.Equal(mapping.Entries.Count, actualMapping.Children.Count);
                var index = 0;
                foreach (var pair in actualMapping.Children)
                {
                    var entry = mapping.Entries[index++];
                    AssertSameTree(entry.Key, pair.Key, path + ".key");
                    AssertSameTree(entry.Value, pair.Value, path + "." + entry.Key.Value);
                }

                break;
            case YamlSequence sequence:
                var actualSequence = Assert.IsType<RM.YamlSequenceNode>(actual);
                Assert.Equal(sequence.Items.Count, actualSequence.Children.Count);
                for (var i = 0; i < sequence.Items.Count; i++)
                    AssertSameTree(sequence.Items[i], actualSequence.Children[i], $"{path}[{i}]");
                break;
            case YamlScalar scalar:
                var actualScalar = Assert.IsType<RM.YamlScalarNode>(actual);
                Assert.True(scalar.Value == actualScalar.Value,
                    $"{path}: wrote {Show(scalar.Value)}, read back {Show(actualScalar.Value ?? "<null>")}");
                AssertResolvesAs(scalar, actualScalar.Style, path);
                break;
        }
    }

    private static void AssertResolvesAs(YamlScalar scalar, ScalarStyle style, string path)
    {
        if (scalar.Kind == YamlScalarKind.String)
        {
            if (style != ScalarStyle.Plain) return;
            var type = Yaml11And12Resolution.NonStringTypeOf(scalar.Value);
            Assert.True(type is null, $"{path}: the string {Show(scalar.Value)} was written bare but resolves as {type}");
            return;
        }

        Assert.Equal(ScalarStyle.Plain, style);
        var resolves = scalar.Kind switch
        {
            YamlScalarKind.Integer => Yaml11And12Resolution.ResolvesEverywhereAs(scalar.Value, "int", "int"),
            YamlScalarKind.Float => Yaml11And12Resolution.ResolvesEverywhereAs(scalar.Value, "float", "float"),
            YamlScalarKind.Boolean => Yaml11And12Resolution.ResolvesEverywhereAs(scalar.Value, "bool", "bool"),
            _ => Yaml11And12Resolution.ResolvesEverywhereAs(scalar.Value, "null", "null"),
        };
        Assert.True(resolves, $"{path}: the {scalar.Kind} {scalar.Value} does not resolve as such in both YAML versions");
    }

    /// <summary>The string with invisible characters made visible, for failure messages.</summary>
    public static string Show(string text) =>
        "\"" + string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}
