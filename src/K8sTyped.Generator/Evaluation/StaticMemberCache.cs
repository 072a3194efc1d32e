using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// The values of static fields and auto-properties with initializers, computed once per evaluation like the CLR runs
/// a static initializer once; and the chain of members being computed, so a member that needs itself is a cycle.
/// </summary>
internal sealed class StaticMemberCache
{
    private readonly Dictionary<ISymbol, object?> _values = new(SymbolEqualityComparer.Default);
    private readonly List<ISymbol> _inProgress = [];

    public object? GetOrCompute(ISymbol member, SyntaxNode site, bool memoize, Func<object?> compute)
    {
        if (memoize && _values.TryGetValue(member, out var known))
            return known;
        if (_inProgress.Contains(member, SymbolEqualityComparer.Default))
        {
            var chain = _inProgress.SkipWhile(m => !SymbolEqualityComparer.Default.Equals(m, member)).Append(member).Select(Display);
            throw new EvaluationException(DiagnosticDescriptors.MemberCycle, SourceSpan.From(site), Display(member), string.Join(" → ", chain));
        }

        _inProgress.Add(member);
        try
        {
            var value = compute();
            if (memoize) _values[member] = value;
            return value;
        }
        finally
        {
            _inProgress.RemoveAt(_inProgress.Count - 1);
        }
    }

    private static string Display(ISymbol member) => member.ContainingType.Name + "." + member.Name;
}
