namespace K8sTyped.Yaml.Reading;

/// <summary>Character classes of the YAML grammar, over text normalized by <see cref="SourceText"/>.</summary>
internal static class YamlChars
{
    public static bool IsBreakOrEnd(char c) => c is '\n' or SourceText.End;

    public static bool IsWhite(char c) => c is ' ' or '\t';

    /// <summary>Whitespace, a line break or the end of the text: what must follow indicators such as <c>- </c> and <c>: </c>.</summary>
    public static bool IsBlankOrEnd(char c) => c is ' ' or '\t' or '\n' or SourceText.End;

    public static bool IsFlowIndicator(char c) => c is ',' or '[' or ']' or '{' or '}';

    public static bool IsHexDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    public static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => c - 'A' + 10,
    };

    /// <summary>Whether a <c>---</c> or <c>...</c> document marker starts at the offset (it must be at the start of a line).</summary>
    public static bool IsDocumentMarker(SourceText source, int offset)
    {
        var c = source[offset];
        if (c is not ('-' or '.')) return false;
        if (offset > 0 && source[offset - 1] != '\n') return false;
        return source[offset + 1] == c && source[offset + 2] == c && IsBlankOrEnd(source[offset + 3]);
    }
}
