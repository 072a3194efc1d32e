namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// The format items of a composite format string (<c>"{0,-8:X4} {1}"</c>): which argument each prints and with which
/// format, so the arguments can be checked for culture-neutral text before <c>string.Format</c> runs.
/// </summary>
internal static class CompositeFormatItems
{
    /// <summary>Each item's argument index and format (null when it has none); null when the text is not a format string this reader knows.</summary>
    public static IReadOnlyList<(int Index, string? Format)>? Parse(string format)
    {
        var items = new List<(int, string?)>();
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i++];
            if (c == '}')
            {
                if (i < format.Length && format[i] == '}') { i++; continue; }
                return null;
            }

            if (c != '{') continue;
            if (i < format.Length && format[i] == '{') { i++; continue; }
            var index = 0;
            var digits = 0;
            while (i < format.Length && format[i] is >= '0' and <= '9' && digits < 9)
            {
                index = index * 10 + (format[i++] - '0');
                digits++;
            }

            if (digits == 0) return null;
            while (i < format.Length && format[i] != ':' && format[i] != '}')
            {
                if (format[i] is not (' ' or ',' or '-' or (>= '0' and <= '9'))) return null;
                i++;
            }

            string? itemFormat = null;
            if (i < format.Length && format[i] == ':')
            {
                var start = ++i;
                while (i < format.Length && format[i] != '}')
                {
                    if (format[i] == '{') return null;
                    i++;
                }

                itemFormat = format.Substring(start, i - start);
            }

            if (i >= format.Length) return null;
            i++; // the closing brace
            items.Add((index, itemFormat));
        }

        return items;
    }
}
