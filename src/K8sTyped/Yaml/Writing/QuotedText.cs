using System.Text;

namespace K8sTyped.Yaml.Writing;

/// <summary>Appends quoted strings: YAML single quotes, and double quotes with the escapes JSON and YAML share.</summary>
internal static class QuotedText
{
    /// <summary>Appends <c>'text'</c>, doubling each <c>'</c>; only for text whose characters are all safe outside double quotes.</summary>
    public static void AppendSingleQuoted(StringBuilder output, string text)
    {
        output.Append('\'');
        if (text.IndexOf('\'') < 0)
        {
            output.Append(text);
        }
        else
        {
            foreach (var c in text)
            {
                if (c == '\'') output.Append('\'');
                output.Append(c);
            }
        }

        output.Append('\'');
    }

    /// <summary>
    /// Appends <c>"text"</c>. Escapes <c>"</c>, <c>\</c> and control characters, using the short forms JSON and
    /// YAML both know (<c>\b \t \n \f \r</c>) and <c>\uXXXX</c> otherwise; every escape used is valid in both.
    /// </summary>
    /// <param name="output">Where to write.</param>
    /// <param name="text">Any string without unpaired surrogates.</param>
    /// <param name="escapeYamlNonPrintable">
    /// Also escape what YAML does not allow raw or YAML 1.1 takes as a line break: DEL, the C1 range (with NEL),
    /// U+2028, U+2029, the byte order mark, U+FFFE and U+FFFF. JSON keeps these as they are.
    /// </param>
    /// <exception cref="ArgumentException">The text holds an unpaired surrogate.</exception>
    public static void AppendDoubleQuoted(StringBuilder output, string text, bool escapeYamlNonPrintable)
    {
        output.Append('"');
        // Characters that need no escape are copied in runs, not one by one.
        var runStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= ' ' && c != '"' && c != '\\' && (c < '\u007F' || !NeedsCare(c, escapeYamlNonPrintable))) continue;

            output.Append(text, runStart, i - runStart);
            runStart = i + 1;
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\b': output.Append("\\b"); break;
                case '\t': output.Append("\\t"); break;
                case '\n': output.Append("\\n"); break;
                case '\f': output.Append("\\f"); break;
                case '\r': output.Append("\\r"); break;
                default:
                    if (char.IsSurrogate(c))
                    {
                        ScalarQuoting.RequireSurrogatePair(text, i);
                        output.Append(c).Append(text[++i]);
                        runStart = i + 1;
                    }
                    else
                    {
                        // Another control character, or one YAML does not allow raw.
                        AppendUnicodeEscape(output, c);
                    }

                    break;
            }
        }

        output.Append(text, runStart, text.Length - runStart).Append('"');
    }

    // Beyond ASCII: surrogates must be checked for pairing, and YAML escapes what it does not allow raw.
    private static bool NeedsCare(char c, bool escapeYamlNonPrintable) =>
        char.IsSurrogate(c) || (escapeYamlNonPrintable && !ScalarQuoting.IsSafeOutsideDoubleQuotes(c));

    private static void AppendUnicodeEscape(StringBuilder output, char c)
    {
        const string hex = "0123456789ABCDEF";
        output.Append("\\u")
            .Append(hex[(c >> 12) & 0xF])
            .Append(hex[(c >> 8) & 0xF])
            .Append(hex[(c >> 4) & 0xF])
            .Append(hex[c & 0xF]);
    }
}
