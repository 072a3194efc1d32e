namespace K8sTyped.Serialization;

/// <summary>A problem found while reading Kubernetes YAML or JSON, with where it is.</summary>
public sealed class KubernetesReadError
{
    /// <summary>Creates an error.</summary>
    public KubernetesReadError(string? fileName, int line, int column, string path, string message, KubernetesReadSeverity severity)
    {
        FileName = fileName;
        Line = line;
        Column = column;
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Severity = severity;
    }

    /// <summary>The file the text came from, when known.</summary>
    public string? FileName { get; }

    /// <summary>1-based line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>
    /// The field path inside the object, e.g. <c>spec.template.spec.containers[0].ports[0].containerPort</c>;
    /// empty for the document itself or for malformed text.
    /// </summary>
    public string Path { get; }

    /// <summary>What is wrong, e.g. <c>unknown field "spec.replica"; did you mean "replicas"?</c>.</summary>
    public string Message { get; }

    /// <summary>Whether this is an error or a warning.</summary>
    public KubernetesReadSeverity Severity { get; }

    /// <summary><c>file:line:column: path: message</c> (the path part is left out when empty; warnings are marked).</summary>
    public override string ToString()
    {
        var location = $"{FileName ?? "<input>"}:{Line}:{Column}: ";
        var path = Path.Length == 0 ? "" : Path + ": ";
        var severity = Severity == KubernetesReadSeverity.Warning ? "warning: " : "";
        return location + severity + path + Message;
    }
}
