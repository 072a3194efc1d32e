namespace K8sTyped.Serialization;

/// <summary>
/// Cuts a YAML stream into its documents as text, at the <c>---</c> markers, so that a syntax error in one document
/// does not hide the others. A <c>---</c> at the start of a line always starts a document: YAML forbids document markers
/// at column 0 inside content, so no scalar can contain one there.
/// </summary>
internal static class YamlDocumentSplitter
{
    /// <summary>One document's text and the 1-based line of the whole stream it starts on.</summary>
    public readonly record struct Chunk(int FirstLine, string Text);

    /// <summary>The chunks in order; their texts joined give back <paramref name="text"/>.</summary>
    public static IReadOnlyList<Chunk> Split(string text)
    {
        var chunks = new List<Chunk>();
        var chunkStart = 0;
        var chunkFirstLine = 1;
        var line = 1;
        for (var lineStart = 0; lineStart < text.Length; line++)
        {
            if (lineStart > chunkStart && IsDocumentStart(text, lineStart))
            {
                chunks.Add(new Chunk(chunkFirstLine, text.Substring(chunkStart, lineStart - chunkStart)));
                chunkStart = lineStart;
                chunkFirstLine = line;
            }

            var newline = text.IndexOf('\n', lineStart);
            lineStart = newline < 0 ? text.Length : newline + 1;
        }

        chunks.Add(new Chunk(chunkFirstLine, text.Substring(chunkStart)));
        return chunks;
    }

    private static bool IsDocumentStart(string text, int lineStart)
    {
        if (string.CompareOrdinal(text, lineStart, "---", 0, 3) != 0) return false;
        var after = lineStart + 3;
        return after >= text.Length || text[after] is ' ' or '\t' or '\r' or '\n';
    }
}
