using K8sTyped.Yaml;

namespace K8sTyped.Tests.Serialization;

/// <summary>
/// Builds YamlNode trees with explicit source marks, so reader tests can check locations without depending on the
/// YAML text reader.
/// </summary>
internal static class TreeBuilder
{
    public static YamlMapping Map(int line, int column, params (YamlScalar Key, YamlNode Value)[] entries)
    {
        var mapping = new YamlMapping(new SourceMark(line, column));
        foreach (var (key, value) in entries)
            mapping.Add(key, value);
        return mapping;
    }

    public static YamlSequence Seq(int line, int column, params YamlNode[] items)
    {
        var sequence = new YamlSequence(new SourceMark(line, column));
        foreach (var item in items)
            sequence.Add(item);
        return sequence;
    }

    /// <summary>A key at (line, column) with its value.</summary>
    public static (YamlScalar Key, YamlNode Value) Entry(string key, int line, int column, YamlNode value) =>
        (Scalar(key, YamlScalarKind.String, line, column), value);

    public static YamlScalar Str(string value, int line, int column) => Scalar(value, YamlScalarKind.String, line, column);

    public static YamlScalar Int(string value, int line, int column) => Scalar(value, YamlScalarKind.Integer, line, column);

    public static YamlScalar Float(string value, int line, int column) => Scalar(value, YamlScalarKind.Float, line, column);

    public static YamlScalar Bool(string value, int line, int column) => Scalar(value, YamlScalarKind.Boolean, line, column);

    public static YamlScalar Null(int line, int column) => Scalar("null", YamlScalarKind.Null, line, column);

    private static YamlScalar Scalar(string value, YamlScalarKind kind, int line, int column) =>
        new(value, kind, YamlScalarStyle.Plain, new SourceMark(line, column));
}
