namespace K8sTyped.Origins;

/// <summary>
/// Where in the user's source a value came from: a C# span (exact at build time, file and line at run time) or a
/// position in a YAML file. Lines and columns are 1-based; 0 means unknown.
/// </summary>
/// <param name="FilePath">The source file, when known.</param>
/// <param name="Line">Start line.</param>
/// <param name="Column">Start column, or 0 when only the line is known.</param>
/// <param name="EndLine">End line, or 0 when unknown.</param>
/// <param name="EndColumn">End column (exclusive), or 0 when unknown.</param>
public sealed record SourceOrigin(string? FilePath, int Line, int Column = 0, int EndLine = 0, int EndColumn = 0)
{
    /// <inheritdoc />
    public override string ToString() =>
        Column > 0 ? $"{FilePath ?? "<source>"}({Line},{Column})" : $"{FilePath ?? "<source>"}({Line})";
}
