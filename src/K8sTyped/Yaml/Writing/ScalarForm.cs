namespace K8sTyped.Yaml.Writing;

/// <summary>How the YAML writer prints a string scalar.</summary>
internal enum ScalarForm
{
    /// <summary>Bare text: every YAML 1.1 and 1.2 parser reads it back as the same string.</summary>
    Plain,

    /// <summary><c>'text'</c> with <c>'</c> doubled: any single line of printable characters.</summary>
    SingleQuoted,

    /// <summary><c>"text"</c> with backslash escapes: represents any valid string.</summary>
    DoubleQuoted,

    /// <summary>A <c>|</c> literal block scalar: multi-line text that such a block keeps exactly.</summary>
    Literal,
}
