using K8sTyped.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Model;

/// <summary>A diagnostic found while parsing, kept as plain data so the pipeline model stays equatable.</summary>
internal sealed record DiagnosticInfo(string DescriptorId, SourceSpan? Span, EquatableArray<string> MessageArguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceSpan? span, params string[] messageArguments) =>
        new(descriptor.Id, span, messageArguments.ToEquatableArray());

    public Diagnostic ToDiagnostic(Location location) =>
        Diagnostic.Create(DiagnosticDescriptors.ById(DescriptorId), location, MessageArguments.Cast<object>().ToArray());
}
