using System.Text;

namespace K8sTyped.Tool.Lint;

/// <summary>
/// Where <c>helm template</c> says each document of its output came from: the <c># Source: chart/templates/x.yaml</c>
/// comment it writes at the top of every document. A finding in such a document also names the template, at the line
/// counted from that comment (the template's first line is the one after it; template directives that print nothing
/// can shift it by a few lines).
/// </summary>
internal sealed class TemplateSources
{
    private const string Marker = "# Source: ";
    private static readonly byte[] MarkerBytes = Encoding.UTF8.GetBytes(Marker);

    // Every document of the text: the line it starts on, and the line and template of its Source comment, if any.
    private readonly List<(int FirstLine, int CommentLine, string? Template)> _documents;

    private TemplateSources(List<(int FirstLine, int CommentLine, string? Template)> documents) => _documents = documents;

    /// <summary>The Source comments of a manifest's bytes; null when it has none (it is not <c>helm template</c> output).</summary>
    public static TemplateSources? Of(byte[] bytes)
    {
        if (bytes.AsSpan().IndexOf(MarkerBytes) < 0) return null;

        var documents = new List<(int FirstLine, int CommentLine, string? Template)> { (1, 0, null) };
        var inContent = false;
        var lineNumber = 0;
        // Lines as the reader counts them: CRLF, CR and LF are one break each.
        foreach (var line in Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            lineNumber++;
            if (line.StartsWith("---", StringComparison.Ordinal) && (line.Length == 3 || line[3] is ' ' or '\t'))
            {
                documents.Add((lineNumber + 1, 0, null));
                inContent = false;
            }
            else if (!inContent && line.StartsWith(Marker, StringComparison.Ordinal) && documents[^1].Template is null)
            {
                documents[^1] = (documents[^1].FirstLine, lineNumber, line.Substring(Marker.Length).Trim());
            }
            else if (line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'))
            {
                inContent = true;
            }
        }

        return new TemplateSources(documents);
    }

    /// <summary>The template and line that <paramref name="line"/> of the output was rendered from, if its document names one.</summary>
    public TemplatePosition? Find(int line)
    {
        var document = _documents.LastOrDefault(d => d.FirstLine <= line);
        return document.Template is { Length: > 0 } template && line > document.CommentLine
            ? new TemplatePosition(template, line - document.CommentLine)
            : null;
    }
}

/// <summary>A line of a chart template, as <c>chart/templates/x.yaml</c> and a 1-based line.</summary>
internal sealed record TemplatePosition(string Template, int Line)
{
    public override string ToString() => $"{Template}:{Line}";
}
