namespace K8sTyped.Yaml;

/// <summary>What a scalar's text means: for nodes built in code, what the value is; for nodes read from text, how it resolved.</summary>
public enum YamlScalarKind
{
    /// <summary>A string. Writers quote it whenever a YAML 1.1 or 1.2 parser would read the bare text as anything else.</summary>
    String,

    /// <summary>An integer, written bare.</summary>
    Integer,

    /// <summary>A floating-point number, written bare.</summary>
    Float,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>The null value.</summary>
    Null,
}
