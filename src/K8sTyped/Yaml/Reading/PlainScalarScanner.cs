using System.Text;

namespace K8sTyped.Yaml.Reading;

/// <summary>Scans plain (unquoted) scalars, folding continuation lines.</summary>
internal static class PlainScalarScanner
{
    /// <summary>
    /// Scans a plain scalar whose first character (already checked to be a valid start) is at <paramref name="position"/>,
    /// leaving <paramref name="position"/> just after its last non-space character.
    /// </summary>
    /// <param name="source">The text.</param>
    /// <param name="position">Where the scalar starts; on return, where it ends.</param>
    /// <param name="parentIndent">Continuation lines must be indented more than this (block context only).</param>
    /// <param name="inFlow">Whether the scalar is inside a flow collection, where <c>,[]{}</c> end it.</param>
    public static ScannedScalar Scan(SourceText source, ref int position, int parentIndent, bool inFlow)
    {
        StringBuilder? folded = null;
        var lineStart = position;
        while (true)
        {
            var end = ScanLine(source, lineStart, inFlow, out var stoppedAtBreak);
            var segment = source.Slice(lineStart, end - lineStart);
            position = end;
            if (!stoppedAtBreak || !TryFindContinuation(source, end, parentIndent, inFlow, out var next, out var emptyLines))
            {
                if (folded is null) return new ScannedScalar(segment, false);
                folded.Append(segment);
                return new ScannedScalar(folded.ToString(), true);
            }

            folded ??= new StringBuilder();
            folded.Append(segment);
            LineFolding.AppendFoldedBreak(folded, emptyLines);
            lineStart = next;
        }
    }

    /// <summary>Finds where the scalar's text on one line ends (trailing whitespace excluded).</summary>
    private static int ScanLine(SourceText source, int start, bool inFlow, out bool stoppedAtBreak)
    {
        var contentEnd = start;
        var i = start;
        while (true)
        {
            var c = source[i];
            if (YamlChars.IsBreakOrEnd(c))
            {
                stoppedAtBreak = c == '\n';
                return contentEnd;
            }

            var endsHere =
                c == ':' && (YamlChars.IsBlankOrEnd(source[i + 1]) || inFlow && YamlChars.IsFlowIndicator(source[i + 1]))
                || c == '#' && i > start && YamlChars.IsWhite(source[i - 1])
                || inFlow && YamlChars.IsFlowIndicator(c);
            if (endsHere)
            {
                stoppedAtBreak = false;
                return contentEnd;
            }

            i++;
            if (!YamlChars.IsWhite(c)) contentEnd = i;
        }
    }

    /// <summary>Looks past the line break that follows <paramref name="contentEnd"/> for a line that continues the scalar.</summary>
    private static bool TryFindContinuation(SourceText source, int contentEnd, int parentIndent, bool inFlow, out int next, out int emptyLines)
    {
        emptyLines = 0;
        var lineStart = contentEnd + 1;
        while (true)
        {
            // The break may be preceded by trailing whitespace that the line scan left out.
            while (source[lineStart - 1] != '\n') lineStart++;
            var i = lineStart;
            while (source[i] == ' ') i++;
            var indent = i - lineStart;
            while (YamlChars.IsWhite(source[i])) i++;
            next = i;
            var c = source[i];
            if (c == '\n')
            {
                emptyLines++;
                lineStart = i + 1;
                continue;
            }

            if (c == SourceText.End || c == '#' || YamlChars.IsDocumentMarker(source, lineStart)) return false;
            if (!inFlow && indent <= parentIndent) return false;
            if (inFlow && (YamlChars.IsFlowIndicator(c) || c == ':' && YamlChars.IsBlankOrEnd(source[i + 1]))) return false;
            return true;
        }
    }
}
