using K8sTyped.Serialization;

namespace K8sTyped.Tool.Lint;

/// <summary>Something the reader could not make sense of (bad YAML, an unknown field or kind), at its file, line and column.</summary>
internal sealed record InputProblem(KubernetesReadError Error)
{
    public bool IsError => Error.Severity == KubernetesReadSeverity.Error;

    /// <summary><c>file:line:col: error: path: message</c>.</summary>
    public string Text
    {
        get
        {
            var path = Error.Path.Length == 0 ? "" : Error.Path + ": ";
            return $"{Error.FileName ?? "<input>"}:{Error.Line}:{Error.Column}: {(IsError ? "error" : "warning")}: {path}{Error.Message}";
        }
    }
}
