using K8sTyped.Text;

namespace K8sTyped.Tests.Text;

/// <summary>The quantities offered for a mistyped one: exactly the ones the parser's message names, each valid.</summary>
public class QuantitySuggestionsTests
{
    [Theory]
    [InlineData("250mb", "250M", "250Mi")]
    [InlineData("10GB", "10G", "10Gi")]
    [InlineData("1KB", "1k", "1Ki")]
    [InlineData("1GiB", "1Gi")]
    [InlineData("1gi", "1Gi")]
    [InlineData("512B", "512")]
    [InlineData(" 1Gi", "1Gi")]
    public void A_usual_mistake_gets_the_quantities_its_message_offers(string text, params string[] expected)
    {
        var suggestions = QuantitySuggestions.For(text);

        Assert.Equal(expected, suggestions);
        Assert.False(Quantity.TryParse(text, out _, out var message));
        foreach (var suggestion in suggestions)
        {
            Assert.True(Quantity.TryParse(suggestion, out _), suggestion);
            Assert.Contains($"'{suggestion}'", message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("250Mi")]
    [InlineData("1.5.3Gi")]
    [InlineData("Gi")]
    [InlineData("1e")]
    [InlineData("")]
    [InlineData("1 x")]
    public void A_valid_quantity_or_one_without_an_obvious_fix_gets_none(string text) => Assert.Empty(QuantitySuggestions.For(text));
}
