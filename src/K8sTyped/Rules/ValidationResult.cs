namespace K8sTyped.Rules;

/// <summary>The diagnostics of one validation, in a stable order.</summary>
public sealed class ValidationResult
{
    internal ValidationResult(IReadOnlyList<Diagnostic> diagnostics) => Diagnostics = diagnostics;

    /// <summary>Every finding.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Whether nothing was found.</summary>
    public bool IsClean => Diagnostics.Count == 0;

    /// <summary>One line per finding.</summary>
    public override string ToString() =>
        Diagnostics.Count == 0 ? "No problems found." : string.Join(Environment.NewLine, Diagnostics);
}
