namespace K8sTyped.Yaml.Writing;

/// <summary>
/// Decides how a string is printed so that every common parser reads back exactly that string.
/// The bar is the union of YAML 1.1 (kubectl's go-yaml v2, PyYAML) and YAML 1.2 (go-yaml v3, YamlDotNet, JS yaml):
/// a string is plain only when no parser of either version could read the bare text as anything else.
/// <para>A string is NOT plain when it:</para>
/// <list type="bullet">
/// <item>is empty, or is a YAML 1.1/1.2 boolean or null word in any letter case
///   (y, n, yes, no, on, off, true, false, null, ~), or <c>=</c> (1.1 value key) or <c>&lt;&lt;</c> (merge key);</item>
/// <item>looks numeric: after an optional sign it starts with a digit or a dot and uses only characters of
///   number notations (digits, a-f, x, o, _, ., :, +, -), which covers decimal, octal, hex, binary, exponents,
///   digit separators and sexagesimal (<c>1:30</c>); or is <c>.inf</c>/<c>.nan</c> with an optional sign, in any case;</item>
/// <item>starts like a YAML 1.1 timestamp (<c>yyyy-m-d</c>);</item>
/// <item>starts with an indicator (<c>- ? : , [ ] { } # &amp; * ! | &gt; ' " % @ `</c>) or with <c>---</c>/<c>...</c>;</item>
/// <item>starts or ends with a space, ends with <c>:</c>, or contains <c>": "</c>, <c>" #"</c> or <c>" *"</c>
///   (YamlDotNet 16 reads the key line <c>a *b: v</c> as one plain scalar, taking <c>*</c> for an alias);</item>
/// <item>contains a character that is not safe unquoted: a tab, a line break, any control character, DEL,
///   the C1 range, NEL, the line and paragraph separators, a byte order mark, U+FFFE or U+FFFF.</item>
/// </list>
/// <para>A non-plain string is single-quoted when it has no unsafe character (single quotes cannot escape),
/// otherwise double-quoted. A value (never a key) containing a line feed becomes a literal block scalar when
/// <see cref="LiteralBlock"/> can hold it exactly, otherwise it is double-quoted.</para>
/// </summary>
internal static class ScalarQuoting
{
    private const string NumberCharacters = "0123456789abcdefABCDEFxXoO_.:+-";

    private static readonly string[] ReservedWords = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "=", "<<"];
    private const int MaxReservedWordLength = 5;

    /// <summary>The form of a mapping value, sequence item or document root.</summary>
    /// <param name="value">The string.</param>
    /// <param name="allowIndentationIndicator">False at the document root, where parsers disagree on what an indentation indicator is relative to.</param>
    public static ScalarForm ForValue(string value, bool allowIndentationIndicator)
    {
        if (value.IndexOf('\n') >= 0 && LiteralBlock.CanRepresent(value, allowIndentationIndicator)) return ScalarForm.Literal;
        return ForSingleLine(value);
    }

    /// <summary>The form of a mapping key: implicit keys must stay on one line.</summary>
    public static ScalarForm ForKey(string key) => ForSingleLine(key);

    private static ScalarForm ForSingleLine(string text) =>
        !AllSafeOutsideDoubleQuotes(text) ? ScalarForm.DoubleQuoted
        : IsPlainSafe(text) ? ScalarForm.Plain
        : ScalarForm.SingleQuoted;

    /// <summary>Whether the text, all of whose characters are safe, can be written bare.</summary>
    private static bool IsPlainSafe(string text)
    {
        if (text.Length == 0) return false;
        // The checks are ordered cheapest first: this runs for every key and string the writers print.
        if (text.Length <= MaxReservedWordLength)
        {
            foreach (var word in ReservedWords)
                if (string.Equals(text, word, StringComparison.OrdinalIgnoreCase)) return false;
        }

        if (IsIndicator(text[0]) || text[0] == ' ' || text[text.Length - 1] is ' ' or ':') return false;
        if (text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("...", StringComparison.Ordinal)) return false;
        if (text.IndexOf(' ') >= 0
            && (text.IndexOf(": ", StringComparison.Ordinal) >= 0 || text.IndexOf(" #", StringComparison.Ordinal) >= 0
                || text.IndexOf(" *", StringComparison.Ordinal) >= 0)) return false;
        return !LooksNumeric(text) && !LooksLikeInfinityOrNotANumber(text) && !StartsLikeTimestamp(text);
    }

    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*'
        or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';

    private static bool LooksNumeric(string text)
    {
        var start = text[0] is '-' or '+' ? 1 : 0;
        if (start == text.Length || !(text[start] == '.' || text[start] is >= '0' and <= '9')) return false;
        for (var i = start; i < text.Length; i++)
            if (NumberCharacters.IndexOf(text[i]) < 0) return false;
        return true;
    }

    private static bool LooksLikeInfinityOrNotANumber(string text)
    {
        var start = text[0] is '-' or '+' ? 1 : 0;
        return text.Length - start == 4 && text[start] == '.'
            && (string.Compare(text, start + 1, "inf", 0, 3, StringComparison.OrdinalIgnoreCase) == 0
                || string.Compare(text, start + 1, "nan", 0, 3, StringComparison.OrdinalIgnoreCase) == 0);
    }

    /// <summary>YAML 1.1 timestamps start with <c>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}</c>; whatever follows, quote.</summary>
    private static bool StartsLikeTimestamp(string text)
    {
        var i = 0;
        if (!Digits(text, ref i, 4, 4) || !Dash(text, ref i) || !Digits(text, ref i, 1, 2) || !Dash(text, ref i)) return false;
        return Digits(text, ref i, 1, 2);

        static bool Dash(string s, ref int at) => at < s.Length && s[at++] == '-';

        static bool Digits(string s, ref int at, int min, int max)
        {
            var count = 0;
            while (count < max && at < s.Length && s[at] is >= '0' and <= '9') { at++; count++; }
            return count >= min;
        }
    }

    /// <summary>
    /// Whether every character may appear outside double quotes: printable, not a tab or line break of either
    /// YAML version. A lone surrogate cannot be encoded at all and is rejected.
    /// </summary>
    /// <exception cref="ArgumentException">The string holds an unpaired surrogate.</exception>
    internal static bool AllSafeOutsideDoubleQuotes(string text)
    {
        var safe = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                RequireSurrogatePair(text, i);
                i++;
            }
            else if (!IsSafeOutsideDoubleQuotes(c))
            {
                safe = false;
            }
        }

        return safe;
    }

    /// <summary>Printable per YAML, excluding the tab and the characters YAML 1.1 treats as line breaks.</summary>
    internal static bool IsSafeOutsideDoubleQuotes(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uFFFD') && c is not ('\u2028' or '\u2029' or '\uFEFF');

    /// <summary>Throws unless a surrogate pair starts at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentException">The surrogate at <paramref name="index"/> is unpaired.</exception>
    internal static void RequireSurrogatePair(string text, int index)
    {
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])) return;
        throw new ArgumentException(
            $"The string '{text}' holds an unpaired surrogate at index {index}; it cannot be encoded as UTF-8.", "scalar");
    }
}
