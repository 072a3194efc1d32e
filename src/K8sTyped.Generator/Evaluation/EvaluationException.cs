using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>Stops the evaluation of one application with a diagnostic at the span that caused it.</summary>
internal sealed class EvaluationException : Exception
{
    public EvaluationException(DiagnosticDescriptor descriptor, SourceSpan? span, params string[] messageArguments)
        : base(string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), messageArguments))
    {
        Diagnostic = DiagnosticInfo.Create(descriptor, span, messageArguments);
    }

    /// <summary>Stops with a diagnostic made elsewhere.</summary>
    public EvaluationException(DiagnosticInfo diagnostic)
        : base(diagnostic.DescriptorId)
    {
        Diagnostic = diagnostic;
    }

    public DiagnosticInfo Diagnostic { get; }

    public static EvaluationException Unsupported(IOperation operation, string what, string why) =>
        new(DiagnosticDescriptors.UnsupportedCall, SourceSpan.From(operation.Syntax), what, why);

    public static EvaluationException UnsupportedConstruct(IOperation operation, string construct) =>
        new(DiagnosticDescriptors.UnsupportedConstruct, SourceSpan.From(operation.Syntax), construct);
}
