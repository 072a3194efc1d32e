using System.Text;
using System.Text.Json;
using K8sTyped.Yaml;
using static K8sTyped.Tests.Yaml.Writing.Trees;

namespace K8sTyped.Tests.Yaml.Writing;

/// <summary>JSON output: exact layout, escaping, and System.Text.Json reading back the same tree.</summary>
public class JsonWriterTests
{
    [Fact]
    public void Tree_is_indented_with_keys_in_order()
    {
        var tree = Mapping(
            ("kind", S("Pod")),
            ("zeta", new YamlScalar("1", YamlScalarKind.Integer)),
            ("alpha", Sequence(S("a"), new YamlScalar("true", YamlScalarKind.Boolean), new YamlScalar("null", YamlScalarKind.Null))),
            ("emptyDir", new YamlMapping()),
            ("args", new YamlSequence()),
            ("nested", Mapping(("ratio", new YamlScalar("0.5", YamlScalarKind.Float)), ("list", Sequence(Mapping(("x", S("y"))))))));

        var json = JsonWriter.Write(tree);

        Assert.Equal(
            """
            {
              "kind": "Pod",
              "zeta": 1,
              "alpha": [
                "a",
                true,
                null
              ],
              "emptyDir": {},
              "args": [],
              "nested": {
                "ratio": 0.5,
                "list": [
                  {
                    "x": "y"
                  }
                ]
              }
            }

            """.Replace("\r\n", "\n"), json);
        AssertSameTree(tree, JsonDocument.Parse(json).RootElement);
    }

    [Fact]
    public void Root_scalars_and_empty_collections()
    {
        Assert.Equal("{}\n", JsonWriter.Write(new YamlMapping()));
        Assert.Equal("[]\n", JsonWriter.Write(new YamlSequence()));
        Assert.Equal("\"yes\"\n", JsonWriter.Write(S("yes")));
        Assert.Equal("31\n", JsonWriter.Write(new YamlScalar("0x1F", YamlScalarKind.Integer)));
    }

    [Fact]
    public void Strings_escape_quotes_backslashes_and_control_characters_only()
    {
        Assert.Equal("\"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0000\\u001F é 😀 \u2028\u007F\"\n",
            JsonWriter.Write(S("q\" b\\ \b\f\n\r\t \0\u001F é 😀 \u2028\u007F")));
    }

    [Fact]
    public void Every_character_reads_back_with_System_Text_Json()
    {
        var all = new StringBuilder();
        for (var c = 0; c <= 0xFFFF; c++)
            if (!char.IsSurrogate((char)c)) all.Append((char)c);
        all.Append("😀𝄞");
        var tree = Mapping((all.ToString(), S(all.ToString())), ("k", Sequence(S(all.ToString()))));

        AssertSameTree(tree, JsonDocument.Parse(JsonWriter.Write(tree)).RootElement);
    }

    [Fact]
    public void Unpaired_surrogate_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => JsonWriter.Write(S("\uDC00")));
    }

    private static void AssertSameTree(YamlNode expected, JsonElement actual)
    {
        switch (expected)
        {
            case YamlMapping mapping:
                Assert.Equal(JsonValueKind.Object, actual.ValueKind);
                var properties = actual.EnumerateObject().ToList();
                Assert.Equal(mapping.Entries.Count, properties.Count);
                for (var i = 0; i < properties.Count; i++)
                {
                    Assert.Equal(mapping.Entries[i].Key.Value, properties[i].Name);
                    AssertSameTree(mapping.Entries[i].Value, properties[i].Value);
                }

                break;
            case YamlSequence sequence:
                Assert.Equal(JsonValueKind.Array, actual.ValueKind);
                Assert.Equal(sequence.Items.Count, actual.GetArrayLength());
                for (var i = 0; i < sequence.Items.Count; i++) AssertSameTree(sequence.Items[i], actual[i]);
                break;
            case YamlScalar { Kind: YamlScalarKind.String } scalar:
                Assert.Equal(JsonValueKind.String, actual.ValueKind);
                Assert.Equal(scalar.Value, actual.GetString());
                break;
            case YamlScalar { Kind: YamlScalarKind.Integer or YamlScalarKind.Float } scalar:
                Assert.Equal(JsonValueKind.Number, actual.ValueKind);
                Assert.Equal(double.Parse(scalar.Value, System.Globalization.CultureInfo.InvariantCulture), actual.GetDouble());
                break;
            case YamlScalar { Kind: YamlScalarKind.Boolean } scalar:
                Assert.Equal(scalar.Value == "true" ? JsonValueKind.True : JsonValueKind.False, actual.ValueKind);
                break;
            default:
                Assert.Equal(JsonValueKind.Null, actual.ValueKind);
                break;
        }
    }
}
