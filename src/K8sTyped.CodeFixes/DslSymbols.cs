using Microsoft.CodeAnalysis;

namespace K8sTyped.CodeFixes;

/// <summary>Recognises the K8sTyped DSL in bound code: which call a syntax node is, by symbol rather than by spelling.</summary>
internal static class DslSymbols
{
    /// <summary>Whether <paramref name="method"/> is one of <paramref name="names"/> declared by K8sTyped's <paramref name="typeName"/>.</summary>
    public static bool IsMethodOf(IMethodSymbol? method, string typeName, params string[] names) =>
        method is not null && IsDslType(method.ContainingType, typeName) && names.Contains(method.Name);

    /// <summary>Whether <paramref name="type"/> is the DSL type <c>K8sTyped.<paramref name="typeName"/></c>.</summary>
    public static bool IsDslType(ITypeSymbol? type, string typeName) =>
        type is INamedTypeSymbol { ContainingNamespace: { Name: "K8sTyped", ContainingNamespace.IsGlobalNamespace: true } } named
        && named.Name == typeName;

    /// <summary>The method a call binds to, or null when it does not bind to one.</summary>
    public static IMethodSymbol? MethodOf(SemanticModel model, SyntaxNode invocation, CancellationToken cancellationToken) =>
        model.GetSymbolInfo(invocation, cancellationToken).Symbol as IMethodSymbol;
}
