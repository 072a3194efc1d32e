using System.Text;

namespace K8sTyped.Yaml.Reading;

/// <summary>Scans single- and double-quoted scalars: unescaping, and folding line breaks like plain scalars.</summary>
internal static class QuotedScalarScanner
{
    /// <summary>
    /// The content of the quoted scalar at <paramref name="position"/> when it is on one line with nothing to unescape
    /// (most are), leaving the position after its closing quote; null, and the position unchanged, otherwise.
    /// </summary>
    private static string? TryScanUnescaped(SourceText source, ref int position)
    {
        var quote = source[position];
        var end = position + 1;
        while (source[end] is var c && c != quote && c != '\n' && c != SourceText.End && !(c == '\\' && quote == '"')) end++;
        if (source[end] != quote || quote == '\'' && source[end + 1] == '\'') return null;

        var content = source.Slice(position + 1, end - position - 1);
        position = end + 1;
        return content;
    }

    /// <summary>Scans the quoted scalar whose opening quote is at <paramref name="position"/>, leaving it just after the closing quote.</summary>
    public static ScannedScalar Scan(SourceText source, ref int position)
    {
        var open = position;
        var quote = source[open];
        var isDouble = quote == '"';
        if (TryScanUnescaped(source, ref position) is { } unescaped) return new ScannedScalar(unescaped, false);

        var builder = new StringBuilder();
        var isMultiLine = false;

        // Literal whitespace at the end of a line is dropped when the line folds; escaped whitespace is content and stays.
        var trailingWhiteStart = -1;
        position++;
        while (true)
        {
            var c = source[position];
            if (c == SourceText.End)
                throw source.Error(open, $"unclosed {(isDouble ? "double" : "single")}-quoted scalar: no closing {quote} before the end of the text");

            if (c == quote)
            {
                if (isDouble || source[position + 1] != '\'')
                {
                    position++;
                    return new ScannedScalar(builder.ToString(), isMultiLine);
                }

                builder.Append('\'');
                position += 2;
                trailingWhiteStart = -1;
            }
            else if (c == '\\' && isDouble)
            {
                if (source[position + 1] == '\n')
                {
                    // An escaped line break joins the lines without a space.
                    position += 2;
                    builder.Append('\n', SkipLinePrefixes(source, ref position, open, quote));
                    isMultiLine = true;
                }
                else
                {
                    EscapeSequences.AppendEscaped(source, ref position, builder);
                }

                trailingWhiteStart = -1;
            }
            else if (c == '\n')
            {
                if (trailingWhiteStart >= 0) builder.Length = trailingWhiteStart;
                position++;
                LineFolding.AppendFoldedBreak(builder, SkipLinePrefixes(source, ref position, open, quote));
                isMultiLine = true;
                trailingWhiteStart = -1;
            }
            else
            {
                if (!YamlChars.IsWhite(c)) trailingWhiteStart = -1;
                else if (trailingWhiteStart < 0) trailingWhiteStart = builder.Length;
                builder.Append(c);
                position++;
            }
        }
    }

    /// <summary>Skips the leading whitespace of the lines after a break and counts the empty ones.</summary>
    private static int SkipLinePrefixes(SourceText source, ref int position, int open, char quote)
    {
        var emptyLines = 0;
        while (true)
        {
            if (YamlChars.IsDocumentMarker(source, position))
                throw source.Error(position, $"document marker inside the quoted scalar opened at {source.Describe(open)}; a closing {quote} is missing");
            while (YamlChars.IsWhite(source[position])) position++;
            if (source[position] != '\n') return emptyLines;
            emptyLines++;
            position++;
        }
    }
}
