using System.Diagnostics.CodeAnalysis;

namespace K8sTyped;

public readonly partial struct Quantity
{
    /// <summary>Parses quantity text such as <c>500m</c>, <c>1.5</c>, <c>128Mi</c> or <c>1e3</c>; <see cref="ToString"/> returns it unchanged.</summary>
    /// <param name="text">The quantity text, without surrounding whitespace.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a quantity; the message names the grammar, the mistake and, when obvious, the fix.</exception>
    public static Quantity Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return QuantityParser.TryParse(text, out var quantity, out var error) ? quantity : throw new FormatException(error);
    }

    /// <summary>Parses quantity text, reporting failure instead of throwing.</summary>
    /// <param name="text">The quantity text.</param>
    /// <param name="quantity">The quantity, or zero when the text is not one.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, out Quantity quantity) => TryParse(text, out quantity, out _);

    /// <summary>Parses quantity text, reporting failure with the message <see cref="Parse"/> would throw.</summary>
    /// <param name="text">The quantity text.</param>
    /// <param name="quantity">The quantity, or zero when the text is not one.</param>
    /// <param name="error">Why the text is not a quantity; null on success.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, out Quantity quantity, [NotNullWhen(false)] out string? error)
    {
        if (text is null)
        {
            quantity = default;
            error = "A quantity cannot be null. " + QuantityParser.Grammar;
            return false;
        }

        return QuantityParser.TryParse(text, out quantity, out error);
    }
}
