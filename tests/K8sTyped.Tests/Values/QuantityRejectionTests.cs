namespace K8sTyped.Tests.Values;

/// <summary>Rejected text: the invalid table of apimachinery quantity_test.go and the usual mistakes, with their messages.</summary>
public class QuantityRejectionTests
{
    private const string GrammarMention = "<signedNumber><suffix>";

    [Theory]
    // quantity_test.go TestQuantityParse invalid inputs.
    [InlineData("1.1.M")]
    [InlineData("1+1.0M")]
    [InlineData("0.1mi")]
    [InlineData("0.1am")]
    [InlineData("aoeu")]
    [InlineData(".5i")]
    [InlineData("1i")]
    [InlineData("-3.01i")]
    [InlineData("-3.01e-")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    // Go reads these as zero although its grammar requires digits.
    [InlineData("Gi")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData("k")]
    // Exponents must be integers in range.
    [InlineData("1e")]
    [InlineData("1e3.5")]
    [InlineData("1E+")]
    [InlineData("1e99999999999")]
    [InlineData("--1")]
    [InlineData("10%")]
    public void Rejects_text_outside_the_grammar(string text)
    {
        Assert.False(Quantity.TryParse(text, out var quantity, out var error));
        Assert.Equal(default, quantity);
        Assert.Contains(GrammarMention, error);
        Assert.StartsWith($"'{text}' is not a valid Kubernetes quantity: ", error);
        Assert.False(Quantity.TryParse(text, out _));
        Assert.Equal(error, Assert.Throws<FormatException>(() => Quantity.Parse(text)).Message);
    }

    [Theory]
    [InlineData("250mb", "'mb' is not a unit suffix", "'250M'", "'250Mi'")]
    [InlineData("10GB", "'GB' is not a unit suffix", "'10G'", "'10Gi'")]
    [InlineData("1Gb", "'Gb' is not a unit suffix", "'1G'", "'1Gi'")]
    [InlineData("1KB", "'KB' is not a unit suffix", "'1k'", "'1Ki'")]
    [InlineData("1K", "'K' is not a unit suffix", "'1k'", "'1Ki'")]
    [InlineData("2t", "'t' is not a unit suffix", "'2T'", "'2Ti'")]
    public void Byte_units_and_wrong_case_suggest_both_decimal_and_binary(string text, string problem, string decimalSuggestion, string binarySuggestion)
    {
        var message = Assert.Throws<FormatException>(() => Quantity.Parse(text)).Message;

        Assert.Contains(problem, message);
        Assert.Contains($"did you mean {decimalSuggestion} (10^", message);
        Assert.Contains($"or {binarySuggestion} (2^", message);
        Assert.Contains(GrammarMention, message);
    }

    [Theory]
    [InlineData("1gi", "'1Gi'")]
    [InlineData("1GiB", "'1Gi'")]
    [InlineData("1mi", "'1Mi'")]
    [InlineData("0.5kib", "'0.5Ki'")]
    [InlineData("-3EI", "'-3Ei'")]
    public void Binary_suffix_mistakes_suggest_the_binary_suffix(string text, string suggestion)
    {
        var message = Assert.Throws<FormatException>(() => Quantity.Parse(text)).Message;

        Assert.Contains($"did you mean {suggestion}?", message);
        Assert.Contains(GrammarMention, message);
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData("1.5.3Gi", "the number has more than one decimal point")]
    [InlineData("Gi", "the number is missing")]
    [InlineData("+-1", "more than one sign")]
    [InlineData("1e", "the exponent 'e' must be e followed by an integer")]
    [InlineData("1E-", "the exponent 'E-' must be E followed by an integer")]
    [InlineData("1e3.5", "the exponent 'e3.5' must be e followed by an integer")]
    [InlineData("1e3000000000", "the exponent 'e3000000000' is out of range")]
    [InlineData("1.5x", "'x' is not a unit suffix. ")]
    public void Messages_name_the_specific_mistake(string text, string problem)
    {
        Assert.False(Quantity.TryParse(text, out _, out var error));

        Assert.Contains(problem, error);
        Assert.Contains(GrammarMention, error);
    }

    [Theory]
    [InlineData("1 Gi", "'1Gi'")]
    [InlineData(" 512Mi\n", "'512Mi'")]
    public void Whitespace_is_rejected_with_the_compact_text_suggested(string text, string suggestion)
    {
        Assert.False(Quantity.TryParse(text, out _, out var error));

        Assert.Contains("whitespace", error);
        Assert.Contains($"did you mean {suggestion}?", error);
    }

    [Fact]
    public void Whitespace_around_invalid_text_suggests_nothing()
    {
        Assert.False(Quantity.TryParse(" 1GB", out _, out var error));

        Assert.Contains("whitespace", error);
        Assert.DoesNotContain("did you mean", error);
    }

    [Fact]
    public void Bytes_suffix_suggests_a_plain_number()
    {
        Assert.False(Quantity.TryParse("512B", out _, out var error));

        Assert.Contains("did you mean '512'?", error);
    }

    [Fact]
    public void Null_is_rejected_by_try_parse_and_throws_argument_null_from_parse()
    {
        Assert.False(Quantity.TryParse(null, out _, out var error));
        Assert.Contains(GrammarMention, error);
        Assert.Throws<ArgumentNullException>(() => Quantity.Parse(null!));
    }

    [Fact]
    public void Implicit_conversion_from_invalid_text_throws_the_grammar_message()
    {
        var exception = Assert.Throws<FormatException>(() =>
        {
            Quantity memory = "512MB";
            return memory;
        });

        Assert.Contains("did you mean '512M' (10^6) or '512Mi' (2^20)?", exception.Message);
    }

    [Theory]
    [InlineData("250mb", "'250mb' is not a valid Kubernetes quantity: 'mb' is not a unit suffix; did you mean '250M' (10^6) or '250Mi' (2^20)? A quantity is")]
    [InlineData("", "'' is not a valid Kubernetes quantity: the text is empty. A quantity is")]
    public void The_message_reads_as_sentences(string text, string expectedStart)
    {
        Quantity.TryParse(text, out _, out var error);

        Assert.StartsWith(expectedStart, error, StringComparison.Ordinal);
        Assert.DoesNotContain("?.", error, StringComparison.Ordinal);
    }
}
