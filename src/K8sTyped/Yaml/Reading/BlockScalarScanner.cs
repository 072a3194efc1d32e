using System.Text;

namespace K8sTyped.Yaml.Reading;

/// <summary>Scans literal (<c>|</c>) and folded (<c>&gt;</c>) block scalars with their chomping and indentation indicators.</summary>
internal static class BlockScalarScanner
{
    private enum Chomping
    {
        Clip,
        Strip,
        Keep,
    }

    /// <summary>
    /// Scans the block scalar whose indicator is at <paramref name="position"/>,
    /// leaving <paramref name="position"/> at the start of the first line after it.
    /// </summary>
    /// <param name="source">The text.</param>
    /// <param name="position">The <c>|</c> or <c>&gt;</c>; on return, the start of the line after the scalar.</param>
    /// <param name="parentIndent">The indentation of the enclosing block collection (-1 at the top level).</param>
    public static string Scan(SourceText source, ref int position, int parentIndent)
    {
        var isLiteral = source[position] == '|';
        position++;
        ReadHeader(source, ref position, out var chomping, out var indentIndicator);

        var indent = indentIndicator > 0
            ? Math.Max(parentIndent, 0) + indentIndicator
            : DetectIndent(source, position, parentIndent);

        var builder = new StringBuilder();
        var hasContent = false;
        var previousMoreIndented = false;
        var lastContentEndedWithBreak = false;
        var emptyLines = 0;
        while (source[position] != SourceText.End)
        {
            var lineStart = position;
            var spaces = 0;
            while (spaces < indent && source[lineStart + spaces] == ' ') spaces++;
            var contentStart = lineStart + spaces;
            var lineEnd = source.Text.IndexOf('\n', contentStart);
            if (lineEnd < 0) lineEnd = source.Length;

            if (spaces < indent && !IsSpacesOnly(source, contentStart, lineEnd)) break;
            if (spaces < indent || contentStart == lineEnd)
            {
                if (lineEnd == source.Length)
                {
                    position = lineEnd;
                    break;
                }

                emptyLines++;
                position = lineEnd + 1;
                continue;
            }

            var moreIndented = YamlChars.IsWhite(source[contentStart]);
            if (!hasContent) builder.Append('\n', emptyLines);
            else if (isLiteral || previousMoreIndented || moreIndented) builder.Append('\n', emptyLines + 1);
            else LineFolding.AppendFoldedBreak(builder, emptyLines);

            builder.Append(source.Text, contentStart, lineEnd - contentStart);
            hasContent = true;
            previousMoreIndented = moreIndented;
            lastContentEndedWithBreak = lineEnd < source.Length;
            emptyLines = 0;
            position = lastContentEndedWithBreak ? lineEnd + 1 : lineEnd;
        }

        switch (chomping)
        {
            case Chomping.Clip when hasContent && lastContentEndedWithBreak:
                builder.Append('\n');
                break;
            case Chomping.Keep:
                builder.Append('\n', emptyLines + (lastContentEndedWithBreak ? 1 : 0));
                break;
        }

        return builder.ToString();
    }

    private static void ReadHeader(SourceText source, ref int position, out Chomping chomping, out int indentIndicator)
    {
        chomping = Chomping.Clip;
        indentIndicator = 0;
        var sawChomping = false;
        while (true)
        {
            var c = source[position];
            if (c is '+' or '-' && !sawChomping)
            {
                chomping = c == '+' ? Chomping.Keep : Chomping.Strip;
                sawChomping = true;
            }
            else if (c is >= '1' and <= '9' && indentIndicator == 0)
            {
                indentIndicator = c - '0';
            }
            else if (c == '0' && indentIndicator == 0)
            {
                throw source.Error(position, "a block scalar's indentation indicator must be a digit from 1 to 9");
            }
            else
            {
                break;
            }

            position++;
        }

        var afterIndicators = position;
        while (YamlChars.IsWhite(source[position])) position++;
        if (source[position] == '#' && position > afterIndicators)
        {
            while (!YamlChars.IsBreakOrEnd(source[position])) position++;
        }

        if (!YamlChars.IsBreakOrEnd(source[position]))
            throw source.Error(position, $"unexpected '{source[position]}' in a block scalar header; after '|' or '>' only a chomping indicator (- or +), an indentation digit and a comment may follow on the same line");
        if (source[position] == '\n') position++;
    }

    /// <summary>The content indentation is that of the first non-empty line, and at least one more than the parent's.</summary>
    private static int DetectIndent(SourceText source, int position, int parentIndent)
    {
        var widestEmptyLine = 0;
        while (true)
        {
            var spaces = 0;
            while (source[position + spaces] == ' ') spaces++;
            var c = source[position + spaces];
            if (c == '\n')
            {
                widestEmptyLine = Math.Max(widestEmptyLine, spaces);
                position += spaces + 1;
                continue;
            }

            var minimum = Math.Max(parentIndent + 1, 1);
            if (c == SourceText.End) return Math.Max(widestEmptyLine, minimum);
            if (spaces < widestEmptyLine && spaces >= minimum)
                throw source.Error(position + spaces, "a leading empty line of this block scalar has more spaces than its first content line");
            return Math.Max(spaces, minimum);
        }
    }

    private static bool IsSpacesOnly(SourceText source, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (source[i] != ' ') return false;
        }

        return true;
    }
}
