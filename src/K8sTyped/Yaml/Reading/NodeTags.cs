namespace K8sTyped.Yaml.Reading;

/// <summary>
/// Reads tags and applies them as go-yaml v2 does: <c>!!str</c> (and <c>!!binary</c>, kept as its base64 text) make any scalar a string;
/// <c>!!int</c>, <c>!!float</c>, <c>!!bool</c> and <c>!!null</c> require text that resolves to that kind (an integer is a valid <c>!!float</c>);
/// <c>!!map</c> and <c>!!seq</c> only confirm a collection's kind; the non-specific <c>!</c> makes a scalar a string. Other tags are rejected.
/// </summary>
internal static class NodeTags
{
    private const string StandardPrefix = "tag:yaml.org,2002:";
    private const string NonSpecific = "!";
    private const string Str = "!!str";
    private const string Binary = "!!binary";
    private const string Int = "!!int";
    private const string Float = "!!float";
    private const string Bool = "!!bool";
    private const string Null = "!!null";
    private const string Map = "!!map";
    private const string Seq = "!!seq";

    /// <summary>Reads the tag at <paramref name="position"/> (its <c>!</c>) and returns it in short form (<c>!&lt;tag:yaml.org,2002:str&gt;</c> becomes <c>!!str</c>).</summary>
    public static string Read(SourceText source, ref int position)
    {
        var start = position;
        if (source[position + 1] == '<')
        {
            var close = source.Text.IndexOf('>', position + 2);
            var lineEnd = source.Text.IndexOf('\n', position);
            if (close < 0 || lineEnd >= 0 && close > lineEnd)
                throw source.Error(start, "unclosed verbatim tag: expected '>' after '!<'");
            var uri = source.Text.Substring(position + 2, close - position - 2);
            position = close + 1;
            return uri.StartsWith(StandardPrefix, StringComparison.Ordinal) ? "!!" + uri.Substring(StandardPrefix.Length) : "!<" + uri + ">";
        }

        position++;
        while (!YamlChars.IsBlankOrEnd(source[position]) && !YamlChars.IsFlowIndicator(source[position])) position++;
        return source.Text.Substring(start, position - start);
    }

    /// <summary>Creates a scalar of the kind its style and tag give it.</summary>
    public static YamlScalar CreateScalar(SourceText source, string value, YamlScalarStyle style, SourceMark mark, NodeProperties properties)
    {
        var tag = properties.Tag;
        if (tag is null)
        {
            var kind = style == YamlScalarStyle.Plain ? YamlScalarResolver.ResolvePlain(value) : YamlScalarKind.String;
            return new YamlScalar(value, kind, style, mark);
        }

        var resolved = YamlScalarResolver.ResolvePlain(value);
        YamlScalarKind tagged;
        switch (tag)
        {
            case NonSpecific or Str or Binary:
                tagged = YamlScalarKind.String;
                break;
            case Int when resolved == YamlScalarKind.Integer:
                tagged = YamlScalarKind.Integer;
                break;
            case Float when resolved is YamlScalarKind.Float or YamlScalarKind.Integer:
                tagged = YamlScalarKind.Float;
                break;
            case Bool when resolved == YamlScalarKind.Boolean:
                tagged = YamlScalarKind.Boolean;
                break;
            case Null when resolved == YamlScalarKind.Null:
                tagged = YamlScalarKind.Null;
                break;
            case Int or Float or Bool or Null:
                throw source.Error(properties.TagOffset, $"'{value}' is not a valid {tag}");
            case Map or Seq:
                throw source.Error(properties.TagOffset, $"tag {tag} cannot be applied to a scalar");
            default:
                throw Unsupported(source, properties);
        }

        return new YamlScalar(value, tagged, style, mark);
    }

    /// <summary>Checks that a collection's tag, if any, names its kind.</summary>
    public static void CheckCollection(SourceText source, NodeProperties properties, bool isMapping)
    {
        var tag = properties.Tag;
        if (tag is null || tag == NonSpecific || tag == (isMapping ? Map : Seq)) return;
        if (tag is Str or Binary or Int or Float or Bool or Null or Map or Seq)
            throw source.Error(properties.TagOffset, $"tag {tag} cannot be applied to a {(isMapping ? "mapping" : "sequence")}");
        throw Unsupported(source, properties);
    }

    private static YamlException Unsupported(SourceText source, NodeProperties properties) =>
        source.Error(properties.TagOffset, $"unsupported tag '{properties.Tag}' (supported: !!str, !!int, !!float, !!bool, !!null, !!binary, !!map, !!seq)");
}
