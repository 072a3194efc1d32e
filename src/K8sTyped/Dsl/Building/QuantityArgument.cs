namespace K8sTyped;

/// <summary>
/// A size or amount given to the DSL as text or as a <see cref="Quantity"/>. Text is parsed when the DSL method is
/// called; invalid text is kept with the parser's message so the build reports it (KT0002) instead of throwing.
/// </summary>
internal readonly struct QuantityArgument
{
    private QuantityArgument(Quantity value, string text, string? error)
    {
        Value = value;
        Text = text;
        Error = error;
    }

    /// <summary>The quantity; meaningless when <see cref="Error"/> is set.</summary>
    public Quantity Value { get; }

    /// <summary>The text as given.</summary>
    public string Text { get; }

    /// <summary>Why the text is not a quantity, or null.</summary>
    public string? Error { get; }

    /// <summary>Parses <paramref name="text"/>; null is a programming error and throws.</summary>
    public static QuantityArgument Parse(string text, string parameterName)
    {
        if (text is null) throw new ArgumentNullException(parameterName);
        return Quantity.TryParse(text, out var value, out var error)
            ? new QuantityArgument(value, text, null)
            : new QuantityArgument(default, text, error);
    }

    /// <summary>An already valid quantity.</summary>
    public static QuantityArgument Of(Quantity value) => new(value, value.ToString(), null);
}
