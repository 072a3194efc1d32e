using K8sTyped.Yaml;
using static K8sTyped.Tests.Yaml.Writing.Trees;

namespace K8sTyped.Tests.Yaml.Writing;

/// <summary>Multi-line strings: literal blocks with each chomping indicator, the indentation indicator, and the double-quoted fallback.</summary>
public class LiteralBlockTests
{
    [Fact]
    public void Chomping_and_indentation_indicators_follow_the_text()
    {
        var tree = Mapping(
            ("clip", S("echo hi\nexit 0\n")),
            ("strip", S("no newline\nat end")),
            ("keep", S("two newlines\n\n")),
            ("indented", S("  leading space\nsecond")),
            ("blank", S("a\n\nb\n")),
            ("after", S("end")));

        var yaml = YamlWriter.Write(tree);

        Assert.Equal(
            """
            clip: |
              echo hi
              exit 0
            strip: |-
              no newline
              at end
            keep: |+
              two newlines

            indented: |2-
                leading space
              second
            blank: |
              a

              b
            after: end

            """.Replace("\r\n", "\n"), yaml);
        YamlDotNetOracle.AssertSameTree(tree, YamlDotNetOracle.ParseSingle(yaml));
    }

    [Fact]
    public void Block_lines_are_indented_past_their_collection()
    {
        var tree = Mapping(("items", Sequence(
            S("a\nb\n"),
            Mapping(("name", S("x")), ("run", S("set -e\n  make\n"))),
            Sequence(S(" x\ny")))));

        var yaml = YamlWriter.Write(tree);

        Assert.Equal(
            """
            items:
            - |
              a
              b
            - name: x
              run: |
                set -e
                  make
            - - |2-
                 x
                y

            """.Replace("\r\n", "\n"), yaml);
        YamlDotNetOracle.AssertSameTree(tree, YamlDotNetOracle.ParseSingle(yaml));
    }

    public static TheoryData<string, string> LiteralTexts => new()
    {
        { "a\tb\nc", "|-\n  a\tb\n  c\n" },
        { "a  \nb", "|-\n  a  \n  b\n" },
        { "a\n  \nb", "|-\n  a\n    \n  b\n" },
        { "a\n  ", "|-\n  a\n    \n" },
        { "\na", "|-\n\n  a\n" },
        { "\n a\n", "|2\n\n   a\n" },
        { "a\n\n\n", "|+\n  a\n\n\n" },
        { "é\n😀", "|-\n  é\n  😀\n" },
        { "# not a comment\n---\n...", "|-\n  # not a comment\n  ---\n  ...\n" },
    };

    [Theory]
    [MemberData(nameof(LiteralTexts))]
    public void Multi_line_text_becomes_a_literal_block(string text, string expectedScalar)
    {
        var tree = Mapping(("k", S(text)));

        var yaml = YamlWriter.Write(tree);

        Assert.Equal("k: " + expectedScalar, yaml);
        YamlDotNetOracle.AssertSameTree(tree, YamlDotNetOracle.ParseSingle(yaml));
    }

    public static TheoryData<string, string> DoubleQuotedTexts => new()
    {
        { "\n", "\"\\n\"" },
        { "\n\n", "\"\\n\\n\"" },
        { "a\r\nb", "\"a\\r\\nb\"" },
        { "  \nb", "\"  \\nb\"" },
        { "\ta\nb", "\"\\ta\\nb\"" },
        { "a\n\tb", "\"a\\n\\tb\"" },
        { "a\u0001\nb", "\"a\\u0001\\nb\"" },
        { "a\u2028\nb", "\"a\\u2028\\nb\"" },
        { "a\n\uFEFFb", "\"a\\n\\uFEFFb\"" },
    };

    [Theory]
    [MemberData(nameof(DoubleQuotedTexts))]
    public void Multi_line_text_a_block_cannot_hold_is_double_quoted(string text, string expectedScalar)
    {
        var tree = Mapping(("k", S(text)));

        var yaml = YamlWriter.Write(tree);

        Assert.Equal("k: " + expectedScalar + "\n", yaml);
        YamlDotNetOracle.AssertSameTree(tree, YamlDotNetOracle.ParseSingle(yaml));
    }

    [Fact]
    public void Document_root_uses_a_block_unless_it_needs_an_indentation_indicator()
    {
        Assert.Equal("|\n  a\n  b\n", YamlWriter.Write(S("a\nb\n")));
        Assert.Equal("\" a\\nb\"\n", YamlWriter.Write(S(" a\nb")));
        Assert.Equal("a\nb\n", YamlDotNetOracle.ParseSingle(YamlWriter.Write(S("a\nb\n"))).ToString());
    }
}
