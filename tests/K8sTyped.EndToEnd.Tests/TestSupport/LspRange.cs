using System.Text.Json.Nodes;

namespace K8sTyped.EndToEnd.Tests.TestSupport;

/// <summary>A Language Server Protocol range: zero-based lines and UTF-16 character offsets within them, end exclusive.</summary>
internal readonly record struct LspRange(int StartLine, int StartCharacter, int EndLine, int EndCharacter)
{
    /// <summary>The range of the <paramref name="length"/> characters at <paramref name="offset"/> in <paramref name="text"/> (lines end with LF).</summary>
    public static LspRange Of(string text, int offset, int length)
    {
        (int startLine, int startCharacter) = PositionAt(text, offset);
        (int endLine, int endCharacter) = PositionAt(text, offset + length);
        return new LspRange(startLine, startCharacter, endLine, endCharacter);
    }

    public static LspRange From(JsonNode range) =>
        new((int)range["start"]!["line"]!, (int)range["start"]!["character"]!, (int)range["end"]!["line"]!, (int)range["end"]!["character"]!);

    public JsonObject ToJson() => new()
    {
        ["start"] = new JsonObject { ["line"] = StartLine, ["character"] = StartCharacter },
        ["end"] = new JsonObject { ["line"] = EndLine, ["character"] = EndCharacter },
    };

    /// <summary>What the range covers in <paramref name="text"/>, i.e. the text an editor underlines.</summary>
    public string TextIn(string text)
    {
        string[] lines = text.Split('\n');
        if (EndLine >= lines.Length || EndCharacter > lines[EndLine].Length || StartCharacter > lines[StartLine].Length)
        {
            return "(outside the text)";
        }

        int start = lines.Take(StartLine).Sum(line => line.Length + 1) + StartCharacter;
        int end = lines.Take(EndLine).Sum(line => line.Length + 1) + EndCharacter;
        return end >= start ? text[start..end] : "(reversed)";
    }

    /// <summary>Zero-based line:character pairs, as on the wire; the end is exclusive.</summary>
    public override string ToString() => $"[{StartLine}:{StartCharacter}, {EndLine}:{EndCharacter})";

    private static (int Line, int Character) PositionAt(string text, int offset)
    {
        int lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        return (text.AsSpan(0, offset).Count('\n'), offset - lineStart);
    }
}
