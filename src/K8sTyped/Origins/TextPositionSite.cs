namespace K8sTyped.Origins;

/// <summary>A fixed place in a text file (a value read from YAML), recorded where the DSL would record its call.</summary>
internal sealed class TextPositionSite(SourceOrigin origin) : CallSite(origin.FilePath, origin.Line)
{
    /// <inheritdoc />
    public override SourceOrigin Locate(string? parameterName) => origin;
}
