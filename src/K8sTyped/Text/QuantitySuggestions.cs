namespace K8sTyped.Text;

/// <summary>
/// The quantities a mistyped one was probably meant to be, as the parser's message offers them ("did you mean '250M'
/// (10^6) or '250Mi' (2^20)?"), for tools that offer them as edits: the editor's code fix for KT0002, say.
/// </summary>
public static class QuantitySuggestions
{
    /// <summary>
    /// The valid quantities <paramref name="text"/> was probably meant to be, best first: <c>"250mb"</c> gives
    /// <c>250M</c> and <c>250Mi</c>, <c>"1GiB"</c> gives <c>1Gi</c>, <c>"512B"</c> gives <c>512</c>. Empty when the text is
    /// a valid quantity, or no fix is obvious.
    /// </summary>
    public static IReadOnlyList<string> For(string text) =>
        QuantityParser.Suggestions(Require.NotNull(text, nameof(text)));
}
