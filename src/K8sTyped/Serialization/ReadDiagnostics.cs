using K8sTyped.Origins;
using K8sTyped.Yaml;

namespace K8sTyped.Serialization;

/// <summary>
/// Collects the errors of one read, stamping each with the file name. When the text read is a slice of a file,
/// <paramref name="lineOffset"/> (the number of lines before the slice) turns slice lines into file lines.
/// </summary>
internal sealed class ReadDiagnostics(string? fileName, int lineOffset = 0)
{
    private readonly List<KubernetesReadError> _errors = [];

    /// <summary>The errors so far, in the order reported.</summary>
    public IReadOnlyList<KubernetesReadError> Errors => _errors;

    /// <summary>Reports an error at <paramref name="mark"/>.</summary>
    public void Error(SourceMark mark, FieldPath path, string message) =>
        Report(mark, path, message, KubernetesReadSeverity.Error);

    /// <summary>Reports a problem of the given severity at <paramref name="mark"/>.</summary>
    public void Report(SourceMark mark, FieldPath path, string message, KubernetesReadSeverity severity) =>
        _errors.Add(new KubernetesReadError(
            fileName, FileLine(mark), mark.Column, path.ToString(), message, severity));

    /// <summary>Where <paramref name="mark"/> is in the file, for origins of values read from it.</summary>
    public TextPositionSite SiteOf(SourceMark mark) => new(fileName, FileLine(mark), mark.Column);

    private int FileLine(SourceMark mark) => mark.IsKnown ? mark.Line + lineOffset : 0;
}
