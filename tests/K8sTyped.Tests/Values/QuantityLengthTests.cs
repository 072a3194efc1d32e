namespace K8sTyped.Tests.Values;

/// <summary>Long numbers are read exactly up to the digit limit the parser enforces, and absurdly long ones are a clear error
/// (the parser reads the text once and refuses more digits than the limit; time is measured in benchmarks, not here).</summary>
public class QuantityLengthTests
{
    private const int MaxDigits = 1000;

    [Theory]
    [InlineData("1", "")]
    [InlineData("", "Gi")]
    [InlineData("0.", "")]
    public void A_number_with_a_million_digits_is_rejected_quickly_with_a_shortened_quote(string prefix, string suffix)
    {
        var text = prefix + new string('0', 1_000_000) + suffix;
        Assert.False(Quantity.TryParse(text, out _, out var error));

        var quoted = text.Substring(0, 64);
        Assert.StartsWith($"'{quoted}...' is not a valid Kubernetes quantity: the number has ", error);
        Assert.Contains($" digits, more than the {MaxDigits} a quantity may have.", error);
        Assert.True(error.Length < 1000, "the message quotes the whole text");
    }

    [Fact]
    public void The_longest_number_allowed_is_read_exactly_with_its_trailing_zeros_in_the_exponent()
    {
        var text = "1" + new string('0', MaxDigits - 1) + "m";
        var quantity = Quantity.Parse(text);

        Assert.Equal(text, quantity.ToString());
        Assert.Equal("1e996", quantity.ToCanonicalString());
        Assert.Equal(Quantity.Parse("1e996"), quantity);
        Assert.Equal(long.MaxValue, quantity.Value);
    }

    [Fact]
    public void One_digit_more_than_allowed_is_rejected()
    {
        var text = "0." + new string('0', MaxDigits - 1) + "1";

        var message = Assert.Throws<FormatException>(() => Quantity.Parse(text)).Message;

        Assert.Contains($"the number has {MaxDigits + 1} digits, more than the {MaxDigits} a quantity may have.", message);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("0.000", "0")]
    [InlineData("1000", "1k")]
    [InlineData("1.500", "1500m")]
    [InlineData("100Mi", "100Mi")]
    [InlineData("1.500Ki", "1536")]
    [InlineData("2.0Ki", "2Ki")]
    public void Trailing_zeros_of_the_text_keep_the_value(string text, string canonical)
    {
        Assert.Equal(canonical, Quantity.Parse(text).ToCanonicalString());
    }
}
