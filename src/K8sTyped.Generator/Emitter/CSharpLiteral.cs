using System.Text;

namespace K8sTyped.Generator.Emitter;

/// <summary>C# string literals for generated code: verbatim for multi-line YAML (readable in the IDE), regular otherwise.</summary>
internal static class CSharpLiteral
{
    /// <summary>A verbatim string; its line breaks are the text's own "\n", so the value is exact on every OS.</summary>
    public static string Verbatim(string text)
    {
        if (text.IndexOf('\r') >= 0 || text.IndexOf('\u2028') >= 0 || text.IndexOf('\u2029') >= 0 || text.IndexOf('\u0085') >= 0)
            return Regular(text);
        return "@\"" + text.Replace("\"", "\"\"") + "\"";
    }

    public static string Regular(string text)
    {
        var literal = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': literal.Append("\\\""); break;
                case '\\': literal.Append("\\\\"); break;
                case '\n': literal.Append("\\n"); break;
                case '\r': literal.Append("\\r"); break;
                case '\t': literal.Append("\\t"); break;
                case '\0': literal.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
                        literal.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    else
                        literal.Append(c);
                    break;
            }
        }

        return literal.Append('"').ToString();
    }

    public static string XmlText(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
