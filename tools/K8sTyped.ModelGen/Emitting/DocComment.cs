using System.Text;

namespace K8sTyped.ModelGen.Emitting;

/// <summary>Writes XML documentation comments from the document's plain-text descriptions.</summary>
internal static class DocComment
{
    /// <summary>Generated lines stay within this width, so the files read well in a diff.</summary>
    private const int LineWidth = 120;

    /// <summary>Escapes the characters XML reserves in text.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Writes a summary from a plain-text description (one paragraph per blank-line-separated block) and,
    /// when there are any, remarks from already-formatted XML sentences.
    /// </summary>
    public static void Write(StringBuilder output, string indent, string description, IReadOnlyList<string> remarks)
    {
        var paragraphs = description
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Escape)
            .ToList();
        WriteElement(output, indent, "summary", paragraphs);
        if (remarks.Count > 0)
            WriteElement(output, indent, "remarks", [string.Join(" ", remarks)]);
    }

    private static void WriteElement(StringBuilder output, string indent, string element, IReadOnlyList<string> paragraphs)
    {
        output.Append(indent).Append("/// <").Append(element).Append(">\n");
        var width = LineWidth - indent.Length - "/// ".Length;
        foreach (var paragraph in paragraphs)
        {
            // Several paragraphs need <para> or the documentation viewer runs them together.
            var text = paragraphs.Count > 1 ? "<para>" + paragraph + "</para>" : paragraph;
            foreach (var line in Wrap(text, width))
                output.Append(indent).Append("/// ").Append(line).Append('\n');
        }

        output.Append(indent).Append("/// </").Append(element).Append(">\n");
    }

    /// <summary>Greedy word wrap; a word longer than the width (a URL) gets a line of its own, unbroken.</summary>
    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
                line.Append(' ');
            line.Append(word);
        }

        if (line.Length > 0)
            yield return line.ToString();
    }
}
