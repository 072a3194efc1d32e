namespace K8sTyped.Yaml;

/// <summary>A scalar: its text, what that text means, and how it was written.</summary>
public sealed class YamlScalar : YamlNode
{
    /// <summary>Creates a scalar built in code.</summary>
    public YamlScalar(string value, YamlScalarKind kind)
        : this(value, kind, YamlScalarStyle.Any, SourceMark.None)
    {
    }

    /// <summary>Creates a scalar read from text.</summary>
    public YamlScalar(string value, YamlScalarKind kind, YamlScalarStyle style, SourceMark start)
        : base(start)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Kind = kind;
        Style = style;
    }

    /// <summary>The scalar's content after unquoting and unescaping (for numbers, the text as written, e.g. <c>0x1F</c>).</summary>
    public string Value { get; }

    /// <summary>What the text means.</summary>
    public YamlScalarKind Kind { get; }

    /// <summary>How the scalar was written.</summary>
    public YamlScalarStyle Style { get; }

    /// <summary>A string scalar.</summary>
    public static YamlScalar String(string value) => new(value, YamlScalarKind.String);

    /// <inheritdoc />
    public override string ToString() => Value;
}
