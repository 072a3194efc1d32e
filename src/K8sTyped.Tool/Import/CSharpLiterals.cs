using System.Globalization;
using System.Text;

namespace K8sTyped.Tool.Import;

/// <summary>C# literals for the values an import writes: strings (escaped, or raw for multi-line text), numbers, booleans.</summary>
internal static class CSharpLiterals
{
    /// <summary>
    /// A string literal: a raw string literal indented to <paramref name="indent"/> for multi-line text it can hold
    /// exactly (a script, a config file), else a regular literal with escapes.
    /// </summary>
    public static string String(string value, string indent = "")
    {
        if (value.Contains('\n') && RawLiteral(value, indent) is { } raw) return raw;
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    // A raw literal drops the newline before its closing quotes and the indentation of every line, so only text whose
    // lines survive that unchanged is written raw: no carriage returns or tabs, no line that is only whitespace or ends
    // in whitespace, and no run of three quotes.
    private static string? RawLiteral(string value, string indent)
    {
        if (value.Contains("\"\"\"", StringComparison.Ordinal) || value.Any(c => c != '\n' && (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085')))
            return null;
        var lines = value.Split('\n');
        foreach (var line in lines)
        {
            if (line.Length > 0 && (line.Trim().Length == 0 || char.IsWhiteSpace(line[^1]))) return null;
        }

        var text = new StringBuilder("\"\"\"\n");
        foreach (var line in lines)
            text.Append(line.Length == 0 ? "" : indent + line).Append('\n');
        return text.Append(indent).Append("\"\"\"").ToString();
    }

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Double(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') || text.Contains('e') ? text : text + ".0";
    }
}
