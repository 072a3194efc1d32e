using System.Text;

namespace K8sTyped.Yaml.Reading;

/// <summary>
/// The text being read, with line breaks normalized to <c>\n</c> and a leading byte order mark removed,
/// plus a table of line starts that turns offsets into 1-based line/column marks.
/// </summary>
/// <remarks>
/// CRLF and CR become a single <c>\n</c>: the break is the last character of its line, so columns are unchanged.
/// Columns count UTF-16 code units.
/// </remarks>
internal sealed class SourceText
{
    /// <summary>Returned by <see cref="this[int]"/> past the end; control characters are rejected, so it never occurs inside the text.</summary>
    public const char End = '\0';

    // Manifests repeat the same keys and many values (apiVersion, name, ReadWriteOnce, TCP): a short slice seen before is
    // given as the same string. A slot holds the last slice of its hash; a miss only costs the allocation it would anyway.
    private const int MaxSharedLength = 64;
    private const int SharedSlots = 1024;

    private readonly List<int> _lineStarts;
    private readonly string?[] _shared = new string?[SharedSlots];

    public SourceText(string text, string? fileName)
    {
        FileName = fileName;
        Text = Normalize(text);
        _lineStarts = new List<int>(CountLines(Text)) { 0 };
        for (var i = 0; i < Text.Length; i++)
        {
            var c = Text[i];
            if (c == '\n')
                _lineStarts.Add(i + 1);
            else if (c < ' ' && c != '\t' || c == '\u007F')
                throw Error(i, $"control character U+{(int)c:X4} is not allowed in YAML text");
            else if (char.IsHighSurrogate(c) && i + 1 < Text.Length && char.IsLowSurrogate(Text[i + 1]))
                i++;
            else if (char.IsSurrogate(c))
                throw Error(i, $"unpaired UTF-16 surrogate U+{(int)c:X4}: the text is not valid Unicode");
        }
    }

    public string Text { get; }

    public string? FileName { get; }

    public int Length => Text.Length;

    public char this[int offset] => offset < Text.Length ? Text[offset] : End;

    /// <summary>The text from <paramref name="start"/> on, <paramref name="length"/> characters long.</summary>
    public string Slice(int start, int length)
    {
        if (length > MaxSharedLength) return Text.Substring(start, length);
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++) hash = (hash ^ Text[i]) * 16777619u;
        var slot = (int)(hash & (SharedSlots - 1));
        if (_shared[slot] is { } seen && seen.Length == length && string.CompareOrdinal(seen, 0, Text, start, length) == 0)
            return seen;
        return _shared[slot] = Text.Substring(start, length);
    }

    /// <summary>The 0-based column of an offset, which is also its indentation when it is a line's first content.</summary>
    public int ColumnOf(int offset) => offset - _lineStarts[LineIndexOf(offset)];

    public SourceMark MarkAt(int offset)
    {
        var lineIndex = LineIndexOf(offset);
        return new SourceMark(lineIndex + 1, offset - _lineStarts[lineIndex] + 1);
    }

    /// <summary>"line L, column C", for messages that refer to a second place.</summary>
    public string Describe(int offset) => Describe(MarkAt(offset));

    public static string Describe(SourceMark mark) => $"line {mark.Line}, column {mark.Column}";

    public YamlException Error(int offset, string reason) => new(FileName, MarkAt(offset), reason);

    private int LineIndexOf(int offset)
    {
        int low = 0, high = _lineStarts.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_lineStarts[middle] <= offset) low = middle;
            else high = middle - 1;
        }

        return low;
    }

    private static int CountLines(string text)
    {
        var lines = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) lines++;
        return lines;
    }

    private static string Normalize(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (text.IndexOf('\r') < 0) return text.Substring(start);

        var builder = new StringBuilder(text.Length);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\r')
            {
                builder.Append(c);
                continue;
            }

            builder.Append('\n');
            if (i + 1 < text.Length && text[i + 1] == '\n') i++;
        }

        return builder.ToString();
    }
}
