using K8sTyped.Yaml;

namespace K8sTyped.Tests.Yaml.Reading;

/// <summary>
/// Plain scalar resolution, case by case against go-yaml v2's resolve.go as vendored by sigs.k8s.io/yaml (goyaml.v2),
/// which is what kubectl applies.
/// </summary>
public class ScalarResolutionTests
{
    [Theory]
    // Null: the empty text and the null words; other spellings are strings.
    [InlineData("", YamlScalarKind.Null)]
    [InlineData("~", YamlScalarKind.Null)]
    [InlineData("null", YamlScalarKind.Null)]
    [InlineData("Null", YamlScalarKind.Null)]
    [InlineData("NULL", YamlScalarKind.Null)]
    [InlineData("nULL", YamlScalarKind.String)]
    [InlineData("none", YamlScalarKind.String)]
    // Booleans: YAML 1.1 words in three spellings each.
    [InlineData("y", YamlScalarKind.Boolean)]
    [InlineData("Y", YamlScalarKind.Boolean)]
    [InlineData("yes", YamlScalarKind.Boolean)]
    [InlineData("Yes", YamlScalarKind.Boolean)]
    [InlineData("YES", YamlScalarKind.Boolean)]
    [InlineData("n", YamlScalarKind.Boolean)]
    [InlineData("N", YamlScalarKind.Boolean)]
    [InlineData("no", YamlScalarKind.Boolean)]
    [InlineData("No", YamlScalarKind.Boolean)]
    [InlineData("NO", YamlScalarKind.Boolean)]
    [InlineData("true", YamlScalarKind.Boolean)]
    [InlineData("True", YamlScalarKind.Boolean)]
    [InlineData("TRUE", YamlScalarKind.Boolean)]
    [InlineData("false", YamlScalarKind.Boolean)]
    [InlineData("False", YamlScalarKind.Boolean)]
    [InlineData("FALSE", YamlScalarKind.Boolean)]
    [InlineData("on", YamlScalarKind.Boolean)]
    [InlineData("On", YamlScalarKind.Boolean)]
    [InlineData("ON", YamlScalarKind.Boolean)]
    [InlineData("off", YamlScalarKind.Boolean)]
    [InlineData("Off", YamlScalarKind.Boolean)]
    [InlineData("OFF", YamlScalarKind.Boolean)]
    [InlineData("tRUE", YamlScalarKind.String)]
    [InlineData("yES", YamlScalarKind.String)]
    [InlineData("oN", YamlScalarKind.String)]
    [InlineData("yes please", YamlScalarKind.String)]
    // Integers: Go's base-0 ParseInt/ParseUint after removing underscores.
    [InlineData("0", YamlScalarKind.Integer)]
    [InlineData("42", YamlScalarKind.Integer)]
    [InlineData("-42", YamlScalarKind.Integer)]
    [InlineData("+42", YamlScalarKind.Integer)]
    [InlineData("1_000", YamlScalarKind.Integer)]
    [InlineData("1__0_", YamlScalarKind.Integer)]
    [InlineData("0x1F", YamlScalarKind.Integer)]
    [InlineData("0X1f", YamlScalarKind.Integer)]
    [InlineData("-0x1F", YamlScalarKind.Integer)]
    [InlineData("0o17", YamlScalarKind.Integer)]
    [InlineData("0O17", YamlScalarKind.Integer)]
    [InlineData("017", YamlScalarKind.Integer)]
    [InlineData("0b101", YamlScalarKind.Integer)]
    [InlineData("-0b101", YamlScalarKind.Integer)]
    [InlineData("0b-101", YamlScalarKind.Integer)]
    [InlineData("9223372036854775807", YamlScalarKind.Integer)]
    [InlineData("-9223372036854775808", YamlScalarKind.Integer)]
    [InlineData("18446744073709551615", YamlScalarKind.Integer)]
    [InlineData("0x1FFFFFFFFFFFFFFFF", YamlScalarKind.Integer)]
    [InlineData("0x", YamlScalarKind.String)]
    [InlineData("0xG", YamlScalarKind.String)]
    [InlineData("0b102", YamlScalarKind.String)]
    [InlineData("-0x8000000000000001", YamlScalarKind.String)]
    [InlineData("+0x1FFFFFFFFFFFFFFFF", YamlScalarKind.String)]
    [InlineData("_1", YamlScalarKind.String)]
    [InlineData("+", YamlScalarKind.String)]
    [InlineData("1:20", YamlScalarKind.String)]
    [InlineData("2024-01-02", YamlScalarKind.String)]
    [InlineData("2001-12-14t21:59:43.10-05:00", YamlScalarKind.String)]
    [InlineData("1.2.3", YamlScalarKind.String)]
    [InlineData("100Mi", YamlScalarKind.String)]
    [InlineData("500m", YamlScalarKind.String)]
    // Floats: go-yaml's pattern, Go's ParseFloat for text starting with '.', and the special words.
    [InlineData("1.5", YamlScalarKind.Float)]
    [InlineData("-1.5", YamlScalarKind.Float)]
    [InlineData("1.", YamlScalarKind.Float)]
    [InlineData("1e3", YamlScalarKind.Float)]
    [InlineData("1E+3", YamlScalarKind.Float)]
    [InlineData("-.5", YamlScalarKind.Float)]
    [InlineData("+.5e-3", YamlScalarKind.Float)]
    [InlineData("1_000.5", YamlScalarKind.Float)]
    [InlineData("08", YamlScalarKind.Float)]
    [InlineData("099", YamlScalarKind.Float)]
    [InlineData("-9223372036854775809", YamlScalarKind.Float)]
    [InlineData("18446744073709551616", YamlScalarKind.Float)]
    [InlineData(".5", YamlScalarKind.Float)]
    [InlineData(".5e3", YamlScalarKind.Float)]
    [InlineData(".5_5", YamlScalarKind.Float)]
    [InlineData("._5", YamlScalarKind.String)]
    [InlineData(".5_", YamlScalarKind.String)]
    [InlineData(".", YamlScalarKind.String)]
    [InlineData(".e3", YamlScalarKind.String)]
    [InlineData(".5e400", YamlScalarKind.String)]
    [InlineData("1e400", YamlScalarKind.String)]
    [InlineData("1e", YamlScalarKind.String)]
    [InlineData("1.5.", YamlScalarKind.String)]
    [InlineData(".inf", YamlScalarKind.Float)]
    [InlineData(".Inf", YamlScalarKind.Float)]
    [InlineData(".INF", YamlScalarKind.Float)]
    [InlineData("+.inf", YamlScalarKind.Float)]
    [InlineData("-.inf", YamlScalarKind.Float)]
    [InlineData("-.Inf", YamlScalarKind.Float)]
    [InlineData("-.INF", YamlScalarKind.Float)]
    [InlineData(".nan", YamlScalarKind.Float)]
    [InlineData(".NaN", YamlScalarKind.Float)]
    [InlineData(".NAN", YamlScalarKind.Float)]
    [InlineData("-.nan", YamlScalarKind.String)]
    [InlineData(".iNF", YamlScalarKind.String)]
    [InlineData("inf", YamlScalarKind.String)]
    [InlineData("NaN", YamlScalarKind.String)]
    // Everything else is a string, including the merge key's text.
    [InlineData("<<", YamlScalarKind.String)]
    [InlineData("hello", YamlScalarKind.String)]
    public void Plain_text_resolves_like_go_yaml_v2(string text, YamlScalarKind expected) =>
        Assert.Equal(expected, YamlScalarResolver.ResolvePlain(text));

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-42", -42L)]
    [InlineData("+42", 42L)]
    [InlineData("1_000", 1000L)]
    [InlineData("0x1F", 31L)]
    [InlineData("-0x1F", -31L)]
    [InlineData("0o17", 15L)]
    [InlineData("017", 15L)]
    [InlineData("0b101", 5L)]
    [InlineData("0b-101", -5L)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Integer_text_parses_to_its_value(string text, long expected)
    {
        Assert.True(YamlScalarResolver.TryParseInteger(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("yes")]
    [InlineData("0x")]
    [InlineData("18446744073709551615")]
    public void Integer_parsing_rejects_other_kinds_and_values_beyond_long(string text) =>
        Assert.False(YamlScalarResolver.TryParseInteger(text, out _));

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("-.5", -0.5)]
    [InlineData(".5_5", 0.55)]
    [InlineData("1_000.5", 1000.5)]
    [InlineData("08", 8.0)]
    [InlineData("7", 7.0)]
    [InlineData("0x10", 16.0)]
    [InlineData(".inf", double.PositiveInfinity)]
    [InlineData("+.INF", double.PositiveInfinity)]
    [InlineData("-.Inf", double.NegativeInfinity)]
    public void Float_text_parses_to_its_value(string text, double expected)
    {
        Assert.True(YamlScalarResolver.TryParseFloat(text, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Nan_words_parse_to_nan()
    {
        Assert.True(YamlScalarResolver.TryParseFloat(".NaN", out var value));
        Assert.True(double.IsNaN(value));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("true")]
    [InlineData("abc")]
    public void Float_parsing_rejects_other_kinds(string text) =>
        Assert.False(YamlScalarResolver.TryParseFloat(text, out _));

    [Theory]
    [InlineData("y", true)]
    [InlineData("Yes", true)]
    [InlineData("ON", true)]
    [InlineData("TRUE", true)]
    [InlineData("n", false)]
    [InlineData("No", false)]
    [InlineData("off", false)]
    [InlineData("False", false)]
    public void Boolean_text_parses_to_its_value(string text, bool expected)
    {
        Assert.True(YamlScalarResolver.TryParseBoolean(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("tRUE")]
    [InlineData("1")]
    [InlineData("")]
    public void Boolean_parsing_rejects_other_text(string text) =>
        Assert.False(YamlScalarResolver.TryParseBoolean(text, out _));

    [Fact]
    public void Read_scalars_get_the_kind_of_their_style_and_tag()
    {
        var root = (YamlMapping)YamlReader.Read(
            """
            plain: 8080
            quoted: "8080"
            single: 'true'
            block: |
              42
            empty:
            tagged-string: !!str 8080
            tagged-float: !!float 1
            tagged-int: !!int "0x1F"
            non-specific: ! 12
            """)[0].Root!;

        var kinds = root.Entries.Select(entry => (entry.Key.Value, ((YamlScalar)entry.Value).Kind, entry.Value.ToString()));
        Assert.Equal(
            [
                ("plain", YamlScalarKind.Integer, "8080"),
                ("quoted", YamlScalarKind.String, "8080"),
                ("single", YamlScalarKind.String, "true"),
                ("block", YamlScalarKind.String, "42\n"),
                ("empty", YamlScalarKind.Null, ""),
                ("tagged-string", YamlScalarKind.String, "8080"),
                ("tagged-float", YamlScalarKind.Float, "1"),
                ("tagged-int", YamlScalarKind.Integer, "0x1F"),
                ("non-specific", YamlScalarKind.String, "12"),
            ],
            kinds);
    }
}
