using K8sTyped.Yaml;

namespace K8sTyped.Tests.Yaml.Reading;

/// <summary>Exact trees, values and marks for the constructs Kubernetes manifests use.</summary>
public class ReaderTests
{
    private static YamlNode ReadSingle(string text) => Assert.Single(YamlReader.Read(text)).Root!;

    private static YamlNode Get(YamlNode node, string key) =>
        ((YamlMapping)node).TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    private static string Text(YamlNode node) => Assert.IsType<YamlScalar>(node).Value;

    [Fact]
    public void Every_node_starts_at_its_first_character()
    {
        var root = ReadSingle(
            """
            # comment
            kind: Pod
            spec:
              containers:
              - name: "app"
                args: [a, 'b']
                script: |
                  echo hi
                env: {A: "1"}
            """);

        var spec = Get(root, "spec");
        var containers = Get(spec, "containers");
        var container = ((YamlSequence)containers).Items[0];
        Assert.Equal(new SourceMark(2, 1), root.Start);
        Assert.Equal(new SourceMark(2, 1), ((YamlMapping)root).Entries[0].Key.Start);
        Assert.Equal(new SourceMark(2, 7), Get(root, "kind").Start);
        Assert.Equal(new SourceMark(4, 3), spec.Start);
        Assert.Equal(new SourceMark(5, 3), containers.Start);
        Assert.Equal(new SourceMark(5, 5), container.Start);
        Assert.Equal(new SourceMark(5, 11), Get(container, "name").Start);
        Assert.Equal(new SourceMark(6, 11), Get(container, "args").Start);
        Assert.Equal(new SourceMark(6, 15), ((YamlSequence)Get(container, "args")).Items[1].Start);
        Assert.Equal(new SourceMark(7, 13), Get(container, "script").Start);
        Assert.Equal(new SourceMark(9, 10), Get(container, "env").Start);
        Assert.Equal(new SourceMark(9, 11), ((YamlMapping)Get(container, "env")).Entries[0].Key.Start);
    }

    [Fact]
    public void Sequence_may_sit_at_its_key_indentation()
    {
        var root = ReadSingle("args:\n- a\n- b\nnext: c\n");

        Assert.Equal(["a", "b"], ((YamlSequence)Get(root, "args")).Items.Select(Text));
        Assert.Equal("c", Text(Get(root, "next")));
    }

    [Fact]
    public void Nested_and_empty_sequence_entries()
    {
        var root = (YamlSequence)ReadSingle("- - a\n  - b\n-\n- c\n");

        Assert.Equal(["a", "b"], ((YamlSequence)root.Items[0]).Items.Select(Text));
        Assert.Equal(YamlScalarKind.Null, Assert.IsType<YamlScalar>(root.Items[1]).Kind);
        Assert.Equal("c", Text(root.Items[2]));
    }

    [Fact]
    public void Alias_is_the_anchored_node()
    {
        var root = ReadSingle("labels: &l {app: web}\nselector: *l\nimage: &i nginx\nsidecar: *i\n");

        Assert.Same(Get(root, "labels"), Get(root, "selector"));
        Assert.Same(Get(root, "image"), Get(root, "sidecar"));
    }

    [Fact]
    public void Merge_keys_bring_in_entries_that_the_mapping_does_not_set_itself()
    {
        var root = ReadSingle(
            """
            base: &base {a: base-a, b: base-b, c: base-c}
            extra: &extra {c: extra-c, d: extra-d}
            merged:
              a: own-a
              <<: [*base, *extra]
              d: own-d
            """);

        var merged = (YamlMapping)Get(root, "merged");
        Assert.Equal(
            [("a", "own-a"), ("b", "base-b"), ("c", "base-c"), ("d", "own-d")],
            merged.Entries.Select(entry => (entry.Key.Value, Text(entry.Value))));
    }

    [Fact]
    public void Quoted_merge_key_is_an_ordinary_key()
    {
        var root = ReadSingle("\"<<\": value\n");

        Assert.Equal("value", Text(Get(root, "<<")));
    }

    [Fact]
    public void Documents_split_on_markers_and_empty_ones_have_no_root()
    {
        var documents = YamlReader.Read("# header\n---\na: 1\n---\n---\n# nothing\n...\n---\n- b\n");

        Assert.Equal(4, documents.Count);
        Assert.IsType<YamlMapping>(documents[0].Root);
        Assert.Null(documents[1].Root);
        Assert.Null(documents[2].Root);
        Assert.IsType<YamlSequence>(documents[3].Root);
        Assert.Equal([2, 4, 5, 8], documents.Select(document => document.Start.Line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n\n")]
    [InlineData("\uFEFF")]
    public void Text_without_content_has_no_documents(string text) => Assert.Empty(YamlReader.Read(text));

    [Fact]
    public void Directive_and_byte_order_mark_are_accepted()
    {
        var documents = YamlReader.Read("\uFEFF%YAML 1.1\n--- text\n");

        Assert.Equal("text", Text(Assert.Single(documents).Root!));
        Assert.Equal(new SourceMark(2, 1), documents[0].Start);
    }

    [Theory]
    [InlineData("v: |\n  a\n  b\n\n", "a\nb\n")]
    [InlineData("v: |-\n  a\n  b\n\n", "a\nb")]
    [InlineData("v: |+\n  a\n  b\n\n", "a\nb\n\n")]
    [InlineData("v: >\n  a\n  b\n\n  c\n", "a b\nc\n")]
    [InlineData("v: >\n  a\n    indented\n  b\n", "a\n  indented\nb\n")]
    [InlineData("v: |2-\n    a\n  b\n", "  a\nb")]
    [InlineData("v: >-\n\n  a\n", "\na")]
    [InlineData("v: |\n  a\n  b", "a\nb")]
    [InlineData("v: |\n# not content\n", "")]
    [InlineData("- |\n  x\n- >\n  y\n", null)]
    public void Block_scalars_apply_style_chomping_and_indentation(string text, string? expected)
    {
        var root = ReadSingle(text);
        if (expected is null)
        {
            Assert.Equal(["x\n", "y\n"], ((YamlSequence)root).Items.Select(Text));
            return;
        }

        Assert.Equal(expected, Text(Get(root, "v")));
    }

    [Fact]
    public void Double_quoted_escapes_decode()
    {
        var root = ReadSingle(@"v: ""\0\a\b\t\n\v\f\r\e\ \""\/\\\N\_\L\P\x41\u00e9\U0001F600""");

        Assert.Equal("\0\a\b\t\n\v\f\r\u001B \"/\\\u0085\u00A0\u2028\u2029A\u00e9\U0001F600", Text(Get(root, "v")));
    }

    [Fact]
    public void Flow_scalars_fold_lines()
    {
        var root = ReadSingle("plain: a\n  b\n\n  c\nsingle: 'x  \n  y'\ndouble: \"p\\\n   q \\t\n r\"\n");

        Assert.Equal("a b\nc", Text(Get(root, "plain")));
        Assert.Equal("x y", Text(Get(root, "single")));
        Assert.Equal("pq \t r", Text(Get(root, "double")));
    }

    [Fact]
    public void Flow_sequence_entry_with_a_colon_is_a_single_pair_mapping()
    {
        var root = (YamlSequence)ReadSingle("[a: 1, b, {c: 2}]");

        Assert.Equal("1", Text(Get(root.Items[0], "a")));
        Assert.Equal("b", Text(root.Items[1]));
        Assert.Equal("2", Text(Get(root.Items[2], "c")));
    }

    [Fact]
    public void Plain_scalars_keep_colons_and_hashes_that_are_not_indicators()
    {
        var root = ReadSingle("image: registry:5000/app:v1 # the image\nurl: http://x/#a\nflow: [a:b, c#d]\n");

        Assert.Equal("registry:5000/app:v1", Text(Get(root, "image")));
        Assert.Equal("http://x/#a", Text(Get(root, "url")));
        Assert.Equal(["a:b", "c#d"], ((YamlSequence)Get(root, "flow")).Items.Select(Text));
    }

    [Fact]
    public void Properties_on_their_own_line_belong_to_the_collection_below()
    {
        var root = ReadSingle("base: &b !!map\n  x: 1\nlist: &l\n- 1\ncopy: *b\nlistCopy: *l\n");

        Assert.Same(Get(root, "base"), Get(root, "copy"));
        Assert.Same(Get(root, "list"), Get(root, "listCopy"));
        Assert.IsType<YamlSequence>(Get(root, "list"));
    }
}
