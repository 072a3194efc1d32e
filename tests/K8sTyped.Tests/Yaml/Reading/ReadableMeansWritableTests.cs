using K8sTyped.Yaml;

namespace K8sTyped.Tests.Yaml.Reading;

/// <summary>
/// What the reader accepts, the writer can write back: text that holds no character (a lone surrogate) and keys longer
/// than YAML allows are reader errors at their position, as they are for kubectl, not a failure later when writing.
/// </summary>
public class ReadableMeansWritableTests
{
    private const int MaxKeyLength = 1024;

    [Theory]
    [InlineData("a: \"\\ud800\"\n", 1, 5, "\\ud800")]
    [InlineData("a: \"x\\uDC00\"\n", 1, 6, "\\uDC00")]
    [InlineData("a: \"\\uD83D\\u0041\"\n", 1, 5, "\\uD83D")]
    [InlineData("a: \"\\U0000D800\"\n", 1, 5, "\\U0000D800")]
    public void A_lone_surrogate_escape_is_an_error_at_the_escape(string text, int line, int column, string escape)
    {
        var error = Assert.Throws<YamlException>(() => YamlReader.Read(text));

        Assert.Equal(new SourceMark(line, column), error.Mark);
        Assert.StartsWith($"escape sequence '{escape}' is half of a UTF-16 surrogate pair with no other half; ", error.Reason);
    }

    [Fact]
    public void A_surrogate_pair_of_escapes_as_JSON_writes_it_is_one_character_that_writes_back()
    {
        var root = Assert.IsType<YamlMapping>(Assert.Single(YamlReader.Read("{\"a\": \"\\uD83D\\uDE00!\"}")).Root);

        Assert.True(root.TryGetValue("a", out var value));
        Assert.Equal("\U0001F600!", Assert.IsType<YamlScalar>(value).Value);
        Assert.Equal("a: \U0001F600!\n", YamlWriter.Write(root));
    }

    // The surrogate is a char argument: a string constant holding one would reach the test as U+FFFD.
    [Theory]
    [InlineData("a: b", '\uD800', "\n", 1, 5)]
    [InlineData("a: 1\nb: ", '\uDC00', "x\n", 2, 4)]
    [InlineData("a: \"", '\uD83D', "\"\n", 1, 5)]
    public void An_unpaired_surrogate_in_the_text_is_an_error_at_it(string before, char surrogate, string after, int line, int column)
    {
        var error = Assert.Throws<YamlException>(() => YamlReader.Read(before + surrogate + after));

        Assert.Equal(new SourceMark(line, column), error.Mark);
        Assert.Equal($"unpaired UTF-16 surrogate U+{(int)surrogate:X4}: the text is not valid Unicode", error.Reason);
    }

    [Theory]
    [InlineData("{0}: 1\n", 1, 1)]
    [InlineData("x: 1\n{0}: 1\n", 2, 1)]
    [InlineData("x:\n  \"{0}\": 1\n", 2, 3)]
    [InlineData("{{\"{0}\": 1}}", 1, 2)]
    [InlineData("- [{0}: 1]\n", 1, 4)]
    public void A_key_of_two_million_characters_is_an_error_at_the_key(string template, int line, int column)
    {
        var key = new string('k', 2_000_000);
        var text = string.Format(template, key);

        var error = Assert.Throws<YamlException>(() => YamlReader.Read(text));

        Assert.Equal(new SourceMark(line, column), error.Mark);
        Assert.EndsWith($" characters long, counting through its ':'; YAML allows at most {MaxKeyLength}", error.Reason);
    }

    [Fact]
    public void The_longest_key_allowed_reads_and_writes_back_and_one_more_character_is_refused()
    {
        var longest = new string('k', MaxKeyLength - 1);
        var text = $"{longest}: 1\n";

        var root = Assert.Single(YamlReader.Read(text)).Root!;
        Assert.Equal(text, YamlWriter.Write(root));

        var error = Assert.Throws<YamlException>(() => YamlReader.Read($"{longest}k: 1\n"));
        Assert.Equal($"this mapping key is {MaxKeyLength + 1} characters long, counting through its ':'; YAML allows at most {MaxKeyLength}", error.Reason);
    }
}
