using K8sTyped.Generator.Model;

namespace K8sTyped.Generator.Parser;

/// <summary>A static member of a marked class and the value the interpreter computed for it.</summary>
internal sealed record EvaluatedMember(string Name, object? Value, SourceSpan Span);
