namespace K8sTyped.Yaml;

/// <summary>How a scalar was written in the text it was read from.</summary>
public enum YamlScalarStyle
{
    /// <summary>Not read from text (built in code); the writer chooses.</summary>
    Any,

    /// <summary>A bare (unquoted) scalar.</summary>
    Plain,

    /// <summary>A <c>'single-quoted'</c> scalar.</summary>
    SingleQuoted,

    /// <summary>A <c>"double-quoted"</c> scalar.</summary>
    DoubleQuoted,

    /// <summary>A <c>|</c> literal block scalar.</summary>
    Literal,

    /// <summary>A <c>&gt;</c> folded block scalar.</summary>
    Folded,
}
