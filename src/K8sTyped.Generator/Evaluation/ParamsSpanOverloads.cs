using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// Calls bound to a <c>params ReadOnlySpan&lt;T&gt;</c> overload (.NET 9+: <c>string.Join(",", "a", "b", "c")</c>,
/// <c>string.Concat</c> with five texts, <c>Split(',', ';')</c>) run as the <c>params T[]</c> overload of the same method:
/// a span cannot be boxed for reflection, and the BCL keeps both overloads with the same meaning.
/// </summary>
internal static class ParamsSpanOverloads
{
    /// <summary>Whether <paramref name="type"/> is <c>ReadOnlySpan&lt;T&gt;</c> or <c>Span&lt;T&gt;</c>.</summary>
    public static bool IsSpan(ITypeSymbol type) =>
        type is INamedTypeSymbol { Arity: 1, Name: "ReadOnlySpan" or "Span", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>The element type of a span parameter.</summary>
    public static ITypeSymbol ElementType(ITypeSymbol span) => ((INamedTypeSymbol)span).TypeArguments[0];

    /// <summary>
    /// The overload of <paramref name="method"/> that takes an array where it takes a span, everything else equal; null
    /// when it has no span parameter or no such overload.
    /// </summary>
    public static IMethodSymbol? ArrayOverload(IMethodSymbol method)
    {
        if (!method.Parameters.Any(p => IsSpan(p.Type))) return null;
        var definition = method.OriginalDefinition;
        foreach (var candidate in method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>())
        {
            if (candidate.IsStatic != method.IsStatic
                || candidate.Arity != definition.Arity
                || candidate.Parameters.Length != definition.Parameters.Length
                || !SymbolEqualityComparer.Default.Equals(candidate.ReturnType.OriginalDefinition, definition.ReturnType.OriginalDefinition))
                continue;
            var matches = true;
            for (var i = 0; i < candidate.Parameters.Length && matches; i++)
            {
                var wanted = definition.Parameters[i].Type;
                var offered = candidate.Parameters[i].Type;
                matches = IsSpan(wanted)
                    ? offered is IArrayTypeSymbol { Rank: 1 } array && SameType(array.ElementType, ElementType(wanted))
                    : SameType(offered, wanted);
            }

            if (matches)
                return method.IsGenericMethod ? candidate.Construct([.. method.TypeArguments]) : candidate;
        }

        return null;
    }

    // Type parameters of two overloads are different symbols; they match by position.
    private static bool SameType(ITypeSymbol a, ITypeSymbol b) =>
        a is ITypeParameterSymbol pa && b is ITypeParameterSymbol pb
            ? pa.Ordinal == pb.Ordinal && pa.TypeParameterKind == pb.TypeParameterKind
            : SymbolEqualityComparer.Default.Equals(a.WithNullableAnnotation(NullableAnnotation.None), b.WithNullableAnnotation(NullableAnnotation.None));
}
