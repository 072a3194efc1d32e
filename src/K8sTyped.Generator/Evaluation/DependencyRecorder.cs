using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// Collects what an evaluation read from the user's source: the syntax trees of every declaration it interpreted
/// (and of every part of their types, where an added overload would change binding) and those types' names.
/// The evaluation cache reuses a result only while none of these changed.
/// </summary>
internal sealed class DependencyRecorder
{
    private readonly HashSet<ISymbol> _seen = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _seenTypes = new(SymbolEqualityComparer.Default);

    public HashSet<SyntaxTree> Trees { get; } = [];

    public HashSet<string> TypeNames { get; } = new(StringComparer.Ordinal);

    public void Record(ISymbol symbol)
    {
        if (!_seen.Add(symbol)) return;
        foreach (var reference in symbol.DeclaringSyntaxReferences)
            Trees.Add(reference.SyntaxTree);
        for (var type = symbol as INamedTypeSymbol ?? symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (!_seenTypes.Add(type)) break;
            TypeNames.Add(type.Name);
            foreach (var reference in type.DeclaringSyntaxReferences)
                Trees.Add(reference.SyntaxTree);
        }
    }
}
