namespace K8sTyped.Origins;

/// <summary>A fixed place in a text file (a value read from YAML), recorded where the DSL would record its call.</summary>
/// <remarks>A reader records one for every value it reads; the <see cref="SourceOrigin"/> is only made for the few a finding is at.</remarks>
internal sealed class TextPositionSite : CallSite
{
    // As the reader was given it: CallSite keeps "" as null, an origin keeps it as it is.
    private readonly string? _fileName;
    private readonly int _column;

    public TextPositionSite(string? fileName, int line, int column)
        : base(fileName, line)
    {
        _fileName = fileName;
        _column = column;
    }

    /// <inheritdoc />
    public override SourceOrigin Locate(string? parameterName) => new(_fileName, Line, _column);
}
