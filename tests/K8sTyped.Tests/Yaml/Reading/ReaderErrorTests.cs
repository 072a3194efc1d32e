using K8sTyped.Yaml;

namespace K8sTyped.Tests.Yaml.Reading;

/// <summary>Malformed or unsupported YAML fails with a clear reason at the exact offending character.</summary>
public class ReaderErrorTests
{
    [Theory]
    [InlineData("metadata:\n  name: a\n  labels: {}\n  name: b\n", 4, 3, "duplicate key 'name' (first at line 2, column 3)")]
    [InlineData("labels: {app: a, \"app\": b}", 1, 18, "duplicate key 'app' (first at line 1, column 10)")]
    [InlineData("a:\n\tb: 1\n", 2, 1, "tabs are not allowed for indentation; indent with spaces")]
    [InlineData("a: 1\n  \t# kubectl rejects a tab before a comment too\n", 2, 3, "tabs are not allowed for indentation; indent with spaces")]
    [InlineData("a:\n  - x\n \t- y\n", 3, 2, "tabs are not allowed for indentation; indent with spaces")]
    [InlineData("a: \"abc\nb: 1\n", 1, 4, "unclosed double-quoted scalar: no closing \" before the end of the text")]
    [InlineData("a: 'it''s\n", 1, 4, "unclosed single-quoted scalar: no closing ' before the end of the text")]
    [InlineData("a: \"abc\n---\nb: 1\"\n", 2, 1, "document marker inside the quoted scalar opened at line 1, column 4; a closing \" is missing")]
    [InlineData("a:\n    b: 1\n  c: 2\n", 3, 3, "bad indentation of a mapping entry: expected column 1, like the keys above")]
    [InlineData("a:\n  b: 1\n   c: 2\n", 3, 5, "a mapping key must be on a single line; check the indentation of this line (the text before ':' continues a scalar from the line above)")]
    [InlineData("- \"a\"\n - b\n", 2, 2, "bad indentation of a sequence entry: expected '- ' at column 1, like the entries above")]
    [InlineData("items:\n  - a\n  - b\n  extra: 1\n", 4, 3, "expected a sequence entry '- ' at column 3; other content cannot follow a block sequence at the same indentation")]
    [InlineData("a: 1\n- b\n", 2, 1, "expected a mapping key at column 1 but found a sequence entry '- '; a mapping and a sequence cannot share an indentation level")]
    [InlineData("a: 1\nb\n", 2, 1, "expected 'key: value' in this mapping but found no ':' after 'b'")]
    [InlineData("key: - a\n", 1, 6, "a block sequence cannot start on the same line as its key; start it on the next line")]
    [InlineData("a: b: c\n", 1, 5, "unexpected ':'; a mapping cannot start on the same line as its key (start it on the next line, or quote a value that contains ': ')")]
    [InlineData("a: [1, 2\nb: 3\n", 1, 4, "unclosed flow sequence: no closing ']' before the end of the text")]
    [InlineData("a: {x: 1\n---\n", 1, 4, "unclosed flow mapping: no closing '}' before the document marker at line 2, column 1")]
    [InlineData("a: [1, 2}\n", 1, 9, "expected ',' or ']' in the flow sequence opened at line 1, column 4, found '}'")]
    [InlineData("[a, b]: c\n", 1, 1, "complex mapping keys (a mapping or sequence used as a key) are not supported; keys must be scalars")]
    [InlineData("{a: 1}: c\n", 1, 1, "complex mapping keys (a mapping or sequence used as a key) are not supported; keys must be scalars")]
    [InlineData("? a\n: b\n", 1, 1, "explicit keys ('? ') are not supported; write 'key: value' with a scalar key")]
    [InlineData("x:\n  a: 1\n  ? b\n", 3, 3, "explicit keys ('? ') are not supported; write 'key: value' with a scalar key")]
    [InlineData("a: *missing\n", 1, 4, "undefined alias '*missing': no anchor '&missing' earlier in this document")]
    [InlineData("a: &x 1\n---\nb: *x\n", 3, 4, "undefined alias '*x': no anchor '&x' earlier in this document")]
    [InlineData("a: \"x\\q\"\n", 1, 6, "unknown escape sequence '\\q' in a double-quoted scalar")]
    [InlineData("a: \"\\u12G4\"\n", 1, 9, "escape sequence '\\u' needs 4 hexadecimal digits")]
    [InlineData("a: \"x\"#c\n", 1, 7, "a comment needs whitespace before '#'")]
    [InlineData("a: [b,#c]\n", 1, 7, "a comment needs whitespace before '#'")]
    [InlineData("a: \"x\" y\n", 1, 8, "unexpected 'y' after the end of the value on this line")]
    [InlineData("a: !!int abc\n", 1, 4, "'abc' is not a valid !!int")]
    [InlineData("a: !!map abc\n", 1, 4, "tag !!map cannot be applied to a scalar")]
    [InlineData("a: !!seq {b: 1}\n", 1, 4, "tag !!seq cannot be applied to a mapping")]
    [InlineData("a: !Ref x\n", 1, 4, "unsupported tag '!Ref' (supported: !!str, !!int, !!float, !!bool, !!null, !!binary, !!map, !!seq)")]
    [InlineData("a: &x &y 1\n", 1, 7, "a node can have only one anchor")]
    [InlineData("<<: 1\n", 1, 5, "the merge key '<<' needs a mapping or a sequence of mappings (usually aliases like *base)")]
    [InlineData("a: |x\n  b\n", 1, 5, "unexpected 'x' in a block scalar header; after '|' or '>' only a chomping indicator (- or +), an indentation digit and a comment may follow on the same line")]
    [InlineData("a: @b\n", 1, 4, "'@' is reserved and cannot start a plain scalar; quote the value")]
    [InlineData("a: [b, - c]\n", 1, 8, "block sequence entries ('- ') are not allowed inside flow collections")]
    [InlineData("a: [|\n  x]\n", 1, 5, "block scalars ('|', '>') are not allowed inside flow collections")]
    [InlineData("\"a\"\nb\n", 2, 1, "unexpected content after the document's root node; check the indentation")]
    [InlineData("%YAML 2.0\n---\na: 1\n", 1, 1, "unsupported %YAML directive: expected '%YAML 1.1' or '%YAML 1.2'")]
    [InlineData("%YAML 1.2\na: 1\n", 2, 1, "expected '---' after the directives")]
    [InlineData("a: 1\n...\nb\n... x\n", 4, 5, "unexpected content after the document end marker '...'")]
    [InlineData("a: b\u0001\n", 1, 5, "control character U+0001 is not allowed in YAML text")]
    public void Malformed_text_fails_at_the_offending_character(string text, int line, int column, string reason)
    {
        var error = Assert.Throws<YamlException>(() => YamlReader.Read(text));
        Assert.Equal(reason, error.Reason);
        Assert.Equal(new SourceMark(line, column), error.Mark);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("- ", "")]
    [InlineData("{a: ", "}")]
    public void Deep_nesting_fails_instead_of_overflowing_the_stack(string open, string close)
    {
        const int depth = 100_000;
        var text = string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));

        var error = Assert.Throws<YamlException>(() => YamlReader.Read(text));
        Assert.Equal("nesting is deeper than 400 levels", error.Reason);
        // At the opening of the collection that is one level too deep, hundreds of levels in.
        Assert.Equal(1, error.Mark.Line);
        Assert.InRange(error.Mark.Column, 399 * open.Length + 1, 400 * open.Length + 1);
        Assert.Equal(open[0], text[error.Mark.Column - 1]);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var text = string.Concat(Enumerable.Repeat("[", 399)) + "x" + string.Concat(Enumerable.Repeat("]", 399));

        var node = Assert.Single(YamlReader.Read(text)).Root;
        for (var level = 0; level < 399; level++) node = Assert.Single(Assert.IsType<YamlSequence>(node).Items);
        Assert.Equal("x", Assert.IsType<YamlScalar>(node).Value);
    }

    [Fact]
    public void Message_names_the_file_line_and_column()
    {
        var error = Assert.Throws<YamlException>(() => YamlReader.Read("a:\r\n\tb: 1\r\n", "deploy.yaml"));
        Assert.Equal("deploy.yaml:2:1: tabs are not allowed for indentation; indent with spaces", error.Message);
        Assert.Equal("deploy.yaml", error.FileName);
    }

    [Fact]
    public void Marks_count_columns_after_CRLF_and_CR_breaks_and_ignore_the_byte_order_mark()
    {
        foreach (var lineBreak in new[] { "\r\n", "\r" })
        {
            var text = "\uFEFFa: 1" + lineBreak + "b: 2" + lineBreak + "a: 3" + lineBreak;
            var error = Assert.Throws<YamlException>(() => YamlReader.Read(text));
            Assert.Equal(new SourceMark(3, 1), error.Mark);
            Assert.Equal("duplicate key 'a' (first at line 1, column 1)", error.Reason);
        }
    }
}
