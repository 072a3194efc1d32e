using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// Static state as the CLR builds it: the first read of a type's static field runs all of that type's static
/// initializers once, in declaration order. A read of a member whose initializer has not run yet while its type is
/// being initialized would see null at run time (a cycle, or a forward reference): that is a diagnostic, never a
/// value the running program would not have. Getter-bodied properties run on every read; one that needs itself is a cycle too.
/// </summary>
internal sealed class StaticMemberCache
{
    private readonly Dictionary<ISymbol, object?> _values = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _initializing = new(SymbolEqualityComparer.Default);
    private readonly List<ISymbol> _inProgress = [];

    /// <summary>The value of a static field or auto-property, initializing its type first when needed.</summary>
    /// <param name="member">The member read.</param>
    /// <param name="site">The read, for the diagnostic.</param>
    /// <param name="initializedMembers">The type's fields and auto-properties, in declaration order.</param>
    /// <param name="initialValue">Runs one member's initializer (or gives its default).</param>
    public object? ReadInitialized(ISymbol member, SyntaxNode site, Func<INamedTypeSymbol, IEnumerable<ISymbol>> initializedMembers, Func<ISymbol, object?> initialValue)
    {
        if (_values.TryGetValue(member, out var known))
            return known;
        var type = member.ContainingType;
        if (!_initializing.Add(type))
            throw Cycle(member, site);
        try
        {
            foreach (var initialized in initializedMembers(type))
            {
                _inProgress.Add(initialized);
                try
                {
                    _values[initialized] = initialValue(initialized);
                }
                finally
                {
                    _inProgress.RemoveAt(_inProgress.Count - 1);
                }
            }
        }
        finally
        {
            _initializing.Remove(type);
        }

        return _values.TryGetValue(member, out var value) ? value : throw new InvalidOperationException($"{member} was not initialized with its type.");
    }

    /// <summary>Runs a getter-bodied static property.</summary>
    public object? RunGetter(ISymbol property, SyntaxNode site, Func<object?> getter)
    {
        if (_inProgress.Contains(property, SymbolEqualityComparer.Default))
            throw Cycle(property, site);
        _inProgress.Add(property);
        try
        {
            return getter();
        }
        finally
        {
            _inProgress.RemoveAt(_inProgress.Count - 1);
        }
    }

    private EvaluationException Cycle(ISymbol member, SyntaxNode site)
    {
        var start = _inProgress.FindIndex(m => SymbolEqualityComparer.Default.Equals(m.ContainingType, member.ContainingType));
        var chain = _inProgress.Skip(Math.Max(0, start)).Append(member).Select(Display);
        return new EvaluationException(DiagnosticDescriptors.MemberCycle, SourceSpan.From(site), Display(member), string.Join(" → ", chain));
    }

    private static string Display(ISymbol member) => member.ContainingType.Name + "." + member.Name;
}
