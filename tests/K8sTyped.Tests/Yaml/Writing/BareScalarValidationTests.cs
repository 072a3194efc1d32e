using K8sTyped.Yaml;
using static K8sTyped.Tests.Yaml.Writing.Trees;

namespace K8sTyped.Tests.Yaml.Writing;

/// <summary>Integer, float, boolean and null scalars: canonical bare text, and rejection of text that does not denote the kind.</summary>
public class BareScalarValidationTests
{
    public static TheoryData<YamlScalarKind, string, string> Canonical => new()
    {
        { YamlScalarKind.Integer, "0", "0" },
        { YamlScalarKind.Integer, "42", "42" },
        { YamlScalarKind.Integer, "-7", "-7" },
        { YamlScalarKind.Integer, "+7", "7" },
        { YamlScalarKind.Integer, "-0", "0" },
        { YamlScalarKind.Integer, "0x1F", "31" },
        { YamlScalarKind.Integer, "0X1f", "31" },
        { YamlScalarKind.Integer, "-0x10", "-16" },
        { YamlScalarKind.Integer, "0o17", "15" },
        { YamlScalarKind.Integer, "123456789012345678901234567890", "123456789012345678901234567890" },
        { YamlScalarKind.Integer, "0xFFFFFFFFFFFFFFFFFF", "4722366482869645213695" },
        { YamlScalarKind.Float, "1.5", "1.5" },
        { YamlScalarKind.Float, ".5", "0.5" },
        { YamlScalarKind.Float, "-.5", "-0.5" },
        { YamlScalarKind.Float, "1.", "1.0" },
        { YamlScalarKind.Float, "1", "1.0" },
        { YamlScalarKind.Float, "1e3", "1.0e+3" },
        { YamlScalarKind.Float, "-2.5E-3", "-2.5e-3" },
        { YamlScalarKind.Float, "+1.0", "1.0" },
        { YamlScalarKind.Float, "007.50", "7.50" },
        { YamlScalarKind.Float, "6.02e23", "6.02e+23" },
        { YamlScalarKind.Boolean, "true", "true" },
        { YamlScalarKind.Boolean, "false", "false" },
        { YamlScalarKind.Null, "null", "null" },
    };

    [Theory]
    [MemberData(nameof(Canonical))]
    public void Valid_text_is_written_in_canonical_form(YamlScalarKind kind, string text, string expected)
    {
        var yaml = YamlWriter.Write(Mapping(("k", new YamlScalar(text, kind))));

        Assert.Equal("k: " + expected + "\n", yaml);
        YamlDotNetOracle.AssertSameTree(Mapping(("k", new YamlScalar(expected, kind))), YamlDotNetOracle.ParseSingle(yaml));
        Assert.Equal("{\n  \"k\": " + expected + "\n}\n", JsonWriter.Write(Mapping(("k", new YamlScalar(text, kind)))));
    }

    public static TheoryData<YamlScalarKind, string> Invalid => new()
    {
        { YamlScalarKind.Integer, "" },
        { YamlScalarKind.Integer, "0123" },
        { YamlScalarKind.Integer, "1_000" },
        { YamlScalarKind.Integer, "0b101" },
        { YamlScalarKind.Integer, "1:30" },
        { YamlScalarKind.Integer, "1.0" },
        { YamlScalarKind.Integer, "1e3" },
        { YamlScalarKind.Integer, "0x" },
        { YamlScalarKind.Integer, "0xG" },
        { YamlScalarKind.Integer, "0o8" },
        { YamlScalarKind.Integer, "--1" },
        { YamlScalarKind.Integer, " 1" },
        { YamlScalarKind.Integer, "١" },
        { YamlScalarKind.Integer, "twelve" },
        { YamlScalarKind.Float, "" },
        { YamlScalarKind.Float, "." },
        { YamlScalarKind.Float, ".inf" },
        { YamlScalarKind.Float, "-.Inf" },
        { YamlScalarKind.Float, ".nan" },
        { YamlScalarKind.Float, "NaN" },
        { YamlScalarKind.Float, "Infinity" },
        { YamlScalarKind.Float, "1e999" },
        { YamlScalarKind.Float, "e3" },
        { YamlScalarKind.Float, "1e" },
        { YamlScalarKind.Float, "1.5.2" },
        { YamlScalarKind.Float, "1_0.0" },
        { YamlScalarKind.Float, "0x1p3" },
        { YamlScalarKind.Float, "1,5" },
        { YamlScalarKind.Boolean, "True" },
        { YamlScalarKind.Boolean, "yes" },
        { YamlScalarKind.Boolean, "1" },
        { YamlScalarKind.Boolean, "" },
        { YamlScalarKind.Null, "~" },
        { YamlScalarKind.Null, "Null" },
        { YamlScalarKind.Null, "" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_text_is_rejected_naming_the_value(YamlScalarKind kind, string text)
    {
        var tree = Mapping(("k", new YamlScalar(text, kind)));

        var yamlError = Assert.Throws<ArgumentException>(() => YamlWriter.Write(tree));
        var jsonError = Assert.Throws<ArgumentException>(() => JsonWriter.Write(tree));

        Assert.Contains($"'{text}'", yamlError.Message);
        Assert.Contains($"'{text}'", jsonError.Message);
    }

    [Fact]
    public void Invalid_key_scalar_is_rejected()
    {
        var tree = new YamlMapping();
        tree.Add(new YamlScalar("0123", YamlScalarKind.Integer), YamlScalar.String("v"));

        Assert.Throws<ArgumentException>(() => YamlWriter.Write(tree));
    }
}
