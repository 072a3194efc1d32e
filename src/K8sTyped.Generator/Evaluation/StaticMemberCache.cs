using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// Static state as the CLR builds it: the first read of a type's static field runs all of that type's static
/// initializers once, in declaration order, then its static constructor. A read of a member whose initializer has not
/// run yet while its type is being initialized would see null at run time (a cycle, or a forward reference): that is a
/// diagnostic, never a value the running program would not have. Getter-bodied properties run on every read; one that
/// needs itself is a cycle too. A static constructor may assign its type's static fields, as it does at run time.
/// </summary>
internal sealed class StaticMemberCache
{
    private readonly Dictionary<ISymbol, object?> _values = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _initializing = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _initialized = new(SymbolEqualityComparer.Default);
    private readonly List<INamedTypeSymbol> _constructing = [];
    private readonly List<ISymbol> _inProgress = [];

    /// <summary>The value of a static field or auto-property, initializing its type first when needed.</summary>
    /// <param name="member">The member read.</param>
    /// <param name="site">The read, for the diagnostic.</param>
    /// <param name="initialization">How the type's statics are initialized.</param>
    public object? ReadInitialized(ISymbol member, SyntaxNode site, ITypeInitialization initialization)
    {
        if (_values.TryGetValue(member, out var known))
            return known;
        var type = member.ContainingType;
        if (_initializing.Contains(type))
            throw Cycle(member, site);
        EnsureInitialized(type, initialization);
        return _values.TryGetValue(member, out var value) ? value : throw new InvalidOperationException($"{member} was not initialized with its type.");
    }

    /// <summary>
    /// Initializes <paramref name="type"/>'s statics unless that is done or under way (as in the CLR, code its static
    /// constructor calls sees the type as it is so far).
    /// </summary>
    public void EnsureInitialized(INamedTypeSymbol type, ITypeInitialization initialization)
    {
        if (_initialized.Contains(type) || !_initializing.Add(type))
            return;
        try
        {
            foreach (var initialized in initialization.InitializedMembers(type))
            {
                _inProgress.Add(initialized);
                try
                {
                    _values[initialized] = initialization.InitialValue(initialized);
                }
                finally
                {
                    _inProgress.RemoveAt(_inProgress.Count - 1);
                }
            }

            _constructing.Add(type);
            try
            {
                initialization.RunStaticConstructor(type);
            }
            finally
            {
                _constructing.RemoveAt(_constructing.Count - 1);
            }

            _initialized.Add(type);
        }
        finally
        {
            _initializing.Remove(type);
        }
    }

    /// <summary>Whether code running now may assign static <paramref name="member"/>: only its type's static constructor (and what it calls) does.</summary>
    public bool MayAssign(ISymbol member) => _constructing.Contains(member.ContainingType, SymbolEqualityComparer.Default);

    /// <summary>An assignment by the static constructor of the member's type.</summary>
    public void Assign(ISymbol member, object? value) => _values[member] = value;

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
