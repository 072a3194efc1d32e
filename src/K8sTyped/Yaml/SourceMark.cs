namespace K8sTyped.Yaml;

/// <summary>A 1-based line and column in a source text. <see cref="None"/> (0, 0) marks a node built in code.</summary>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
public readonly record struct SourceMark(int Line, int Column)
{
    /// <summary>The mark of a node that was not read from text.</summary>
    public static SourceMark None => default;

    /// <summary>Whether this mark points into a source text.</summary>
    public bool IsKnown => Line > 0;

    /// <inheritdoc />
    public override string ToString() => IsKnown ? $"({Line},{Column})" : "(unknown)";
}
