using K8sTyped.Yaml;
using static K8sTyped.Tests.Yaml.Writing.Trees;

namespace K8sTyped.Tests.Yaml.Writing;

/// <summary>Explicit tables of strings that must be quoted (and how), and of strings that stay bare, in value and key position.</summary>
public class ScalarQuotingTests
{
    public static TheoryData<string, string> QuotedStrings => new()
    {
        // YAML 1.1 and 1.2 booleans and nulls, in any letter case.
        { "", "''" },
        { "yes", "'yes'" }, { "YES", "'YES'" }, { "yEs", "'yEs'" }, { "No", "'No'" },
        { "y", "'y'" }, { "N", "'N'" }, { "on", "'on'" }, { "OFF", "'OFF'" }, { "oN", "'oN'" },
        { "true", "'true'" }, { "False", "'False'" }, { "tRUE", "'tRUE'" },
        { "null", "'null'" }, { "NULL", "'NULL'" }, { "nUll", "'nUll'" }, { "~", "'~'" },
        // Numbers in every notation of either version.
        { "8080", "'8080'" }, { "0", "'0'" }, { "-0", "'-0'" }, { "0123", "'0123'" },
        { "1e3", "'1e3'" }, { "1E3", "'1E3'" }, { "0x1F", "'0x1F'" }, { "0o17", "'0o17'" }, { "0b101", "'0b101'" },
        { "1_000", "'1_000'" }, { "+1", "'+1'" }, { "-1.5", "'-1.5'" }, { ".5", "'.5'" }, { "1.", "'1.'" },
        { "1:30", "'1:30'" }, { "190:20:30.15", "'190:20:30.15'" }, { "1.2.3", "'1.2.3'" },
        { ".inf", "'.inf'" }, { "-.Inf", "'-.Inf'" }, { "+.INF", "'+.INF'" }, { ".nan", "'.nan'" }, { ".NaN", "'.NaN'" },
        // YAML 1.1 value and merge keys.
        { "=", "'='" }, { "<<", "'<<'" },
        // YAML 1.1 timestamps.
        { "2001-12-14", "'2001-12-14'" }, { "2002-1-1", "'2002-1-1'" },
        { "2001-12-14t21:59:43.10-05:00", "'2001-12-14t21:59:43.10-05:00'" },
        { "2001-12-14 21:59:43.10 -5", "'2001-12-14 21:59:43.10 -5'" },
        // Surrounding spaces, comments and mapping indicators inside.
        { " a", "' a'" }, { "a ", "'a '" }, { " ", "' '" }, { "a: b", "'a: b'" }, { "a #b", "'a #b'" }, { "a:", "'a:'" }, { "a *b", "'a *b'" },
        // Leading indicators.
        { "-a", "'-a'" }, { "- a", "'- a'" }, { "-", "'-'" }, { "?x", "'?x'" }, { ":x", "':x'" }, { ",x", "',x'" },
        { "[x", "'[x'" }, { "]x", "']x'" }, { "{x", "'{x'" }, { "}x", "'}x'" }, { "#x", "'#x'" }, { "&x", "'&x'" },
        { "*x", "'*x'" }, { "!x", "'!x'" }, { "|x", "'|x'" }, { ">x", "'>x'" }, { "'x", "'''x'" }, { "\"x", "'\"x'" },
        { "%x", "'%x'" }, { "@x", "'@x'" }, { "`x", "'`x'" },
        // Document markers.
        { "---", "'---'" }, { "---x", "'---x'" }, { "...", "'...'" }, { "...x", "'...x'" },
        // Characters single quotes cannot hold: tabs, control characters, YAML 1.1 line breaks, BOM, non-characters.
        { "a\tb", "\"a\\tb\"" }, { "\t", "\"\\t\"" }, { "a\u0001b", "\"a\\u0001b\"" }, { "\0", "\"\\u0000\"" },
        { "\r", "\"\\r\"" }, { "a\rb", "\"a\\rb\"" }, { "\u007F", "\"\\u007F\"" }, { "a\u0085b", "\"a\\u0085b\"" },
        { "a\u2028b", "\"a\\u2028b\"" }, { "\u2029", "\"\\u2029\"" }, { "\uFEFFa", "\"\\uFEFFa\"" }, { "\uFFFF", "\"\\uFFFF\"" },
        { "\u001B[0m", "\"\\u001B[0m\"" }, { "it's\t", "\"it's\\t\"" }, { "say \"hi\"\b", "\"say \\\"hi\\\"\\b\"" },
    };

    public static TheoryData<string> PlainStrings => new()
    {
        "nginx", "nginx:1.25", "10Gi", "500m", "100Mi", "1Gi", "30s", "v1.2.3", "app.kubernetes.io/name",
        "hello world", "a:b", "a#b", "a-b", "a,b", "a[0]", "x{{y}}", "yes please", "nullable", "onion", "it's",
        "~x", "<<x", "=x", "café", "中文", "😀", "http://example.com:8080/path?q=1#frag", "a'b\"c", "x\u00A0y",
    };

    [Theory]
    [MemberData(nameof(QuotedStrings))]
    public void Dangerous_value_is_quoted_and_reads_back(string value, string expectedScalar)
    {
        var tree = Mapping(("k", YamlScalar.String(value)));

        var yaml = YamlWriter.Write(tree);

        Assert.Equal("k: " + expectedScalar + "\n", yaml);
        YamlDotNetOracle.AssertSameTree(tree, YamlDotNetOracle.ParseSingle(yaml));
    }

    [Theory]
    [MemberData(nameof(QuotedStrings))]
    public void Dangerous_key_is_quoted_and_reads_back(string key, string expectedScalar)
    {
        var tree = Mapping((key, YamlScalar.String("v")));

        var yaml = YamlWriter.Write(tree);

        Assert.Equal(expectedScalar + ": v\n", yaml);
        YamlDotNetOracle.AssertSameTree(tree, YamlDotNetOracle.ParseSingle(yaml));
    }

    [Theory]
    [MemberData(nameof(QuotedStrings))]
    public void Dangerous_sequence_item_is_quoted(string item, string expectedScalar)
    {
        var sequence = new YamlSequence();
        sequence.Add(YamlScalar.String(item));

        Assert.Equal("- " + expectedScalar + "\n", YamlWriter.Write(sequence));
    }

    [Theory]
    [MemberData(nameof(PlainStrings))]
    public void Harmless_string_stays_bare_as_value_and_key(string text)
    {
        var tree = Mapping(("k", YamlScalar.String(text)), (text, YamlScalar.String("v")));

        var yaml = YamlWriter.Write(tree);

        Assert.Equal($"k: {text}\n{text}: v\n", yaml);
        YamlDotNetOracle.AssertSameTree(tree, YamlDotNetOracle.ParseSingle(yaml));
    }

    [Theory]
    [InlineData("a\nb")]
    [InlineData("a\n")]
    [InlineData("\n")]
    public void Key_with_line_break_is_double_quoted(string key)
    {
        var tree = Mapping((key, YamlScalar.String("v")));

        var yaml = YamlWriter.Write(tree);

        Assert.Equal("\"" + key.Replace("\n", "\\n") + "\": v\n", yaml);
        YamlDotNetOracle.AssertSameTree(tree, YamlDotNetOracle.ParseSingle(yaml));
    }

    [Fact]
    public void Kubernetes_label_values_survive()
    {
        var labels = Mapping(
            ("enabled", YamlScalar.String("yes")), ("port", YamlScalar.String("8080")),
            ("flag", YamlScalar.String("true")), ("zip", YamlScalar.String("0123")));

        var yaml = YamlWriter.Write(labels);

        Assert.Equal("enabled: 'yes'\nport: '8080'\nflag: 'true'\nzip: '0123'\n", yaml);
    }

    [Fact]
    public void Every_single_character_reads_back_as_value_item_and_key()
    {
        var items = new YamlSequence();
        var keys = new YamlMapping();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c)) continue;
            items.Add(YamlScalar.String(((char)c).ToString()));
            keys.Add(((char)c).ToString(), YamlScalar.String(((char)c).ToString()));
        }

        var tree = Mapping(("items", items), ("keys", keys), ("pair", YamlScalar.String("😀")));

        YamlDotNetOracle.AssertSameTree(tree, YamlDotNetOracle.ParseSingle(YamlWriter.Write(tree)));
    }

    [Fact]
    public void Unpaired_surrogate_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => YamlWriter.Write(Mapping(("k", YamlScalar.String("a\uD800b")))));
        Assert.Contains("unpaired surrogate", exception.Message);
    }

    [Fact]
    public void Key_longer_than_yaml_allows_is_rejected()
    {
        var longest = new string('k', 1023);
        Assert.Equal(longest + ": v\n", YamlWriter.Write(Mapping((longest, YamlScalar.String("v")))));

        Assert.Throws<ArgumentException>(() => YamlWriter.Write(Mapping((longest + "k", YamlScalar.String("v")))));
    }
}
