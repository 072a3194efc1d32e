using System.Text;

namespace K8sTyped.Yaml.Writing;

/// <summary>
/// The <c>|</c> literal block scalar: multi-line text printed line by line, indented, with a chomping indicator
/// that restores the trailing line feeds (<c>|-</c> none, <c>|</c> one, <c>|+</c> several).
/// </summary>
internal static class LiteralBlock
{
    /// <summary>
    /// Whether a literal block reads back exactly as <paramref name="text"/>. It cannot when the text has a
    /// character that is unsafe outside double quotes (control characters, <c>\r</c>, YAML 1.1 line breaks),
    /// a line starting with a tab (parsers reject tabs where indentation is scanned), no line with content
    /// (clip and strip chomping would drop the line feeds), or a spaces-only line before the first line with
    /// content (parsers take such a line's length as the block's indentation).
    /// </summary>
    /// <param name="text">Text containing at least one line feed.</param>
    /// <param name="allowIndentationIndicator">
    /// Whether a header like <c>|2</c> may be used; it is needed when the first content line starts with a space.
    /// </param>
    /// <exception cref="ArgumentException">The text holds an unpaired surrogate.</exception>
    public static bool CanRepresent(string text, bool allowIndentationIndicator)
    {
        var representable = true;
        var lineStart = 0;
        var firstContentLineStart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                // Before any content, a non-empty line can only be made of spaces.
                if (firstContentLineStart < 0 && i > lineStart) representable = false;
                lineStart = i + 1;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                ScalarQuoting.RequireSurrogatePair(text, i);
                i++;
            }
            else if (!ScalarQuoting.IsSafeOutsideDoubleQuotes(c) && !(c == '\t' && i > lineStart))
            {
                representable = false;
            }

            if (c != ' ' && firstContentLineStart < 0) firstContentLineStart = lineStart;
        }

        return representable
            && firstContentLineStart >= 0
            && (allowIndentationIndicator || text[firstContentLineStart] != ' ');
    }

    /// <summary>Appends the header (after <c>key: </c> or <c>- </c>), the indented lines, and the final line feed.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="text">Text that <see cref="CanRepresent"/> accepted.</param>
    /// <param name="indentation">Spaces before each content line: two more than the owning collection's entries.</param>
    public static void Append(StringBuilder output, string text, int indentation)
    {
        var bodyLength = text.Length;
        while (bodyLength > 0 && text[bodyLength - 1] == '\n') bodyLength--;
        var trailingLineFeeds = text.Length - bodyLength;

        output.Append('|');
        if (FirstContentLineStartsWithSpace(text)) output.Append('2');
        output.Append(trailingLineFeeds switch { 0 => "-", 1 => "", _ => "+" }).Append('\n');

        var lineStart = 0;
        while (lineStart <= bodyLength)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > bodyLength) lineEnd = bodyLength;
            if (lineEnd > lineStart) output.Append(' ', indentation).Append(text, lineStart, lineEnd - lineStart);
            output.Append('\n');
            lineStart = lineEnd + 1;
        }

        // The first trailing line feed ended the last line above; keep chomping writes the others as empty lines.
        output.Append('\n', Math.Max(0, trailingLineFeeds - 1));
    }

    private static bool FirstContentLineStartsWithSpace(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] == '\n') i++;
        return i < text.Length && text[i] == ' ';
    }
}
