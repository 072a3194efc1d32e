using K8sTyped.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace K8sTyped.CodeFixes;

/// <summary>
/// Which name grammar a string literal is held to, known from the DSL call it is passed to: a factory's <c>name</c>
/// (<c>Service.Headless(name)</c>, <c>StatefulSet.Named(name)</c>: the kind's object-name grammar) or
/// <c>InNamespace</c> (a DNS-1123 label). Model objects have no origins (their findings are on the class, never on a
/// literal), so only DSL calls matter here.
/// </summary>
internal static class NameGrammars
{
    /// <summary>The function giving the nearest valid object name or namespace (KT1001) for <paramref name="literal"/>, or null when it is not passed to such a parameter.</summary>
    public static Func<string, string?>? ForObjectName(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetOperation(literal, cancellationToken)?.Parent is not IArgumentOperation { Parameter: { ContainingSymbol: IMethodSymbol method } parameter })
            return null;
        if (method.Name == "InNamespace") return NearestKubernetesNames.Dns1123Label;
        var isFactoryName = parameter.Name == "name" && method.IsStatic && DslSymbols.IsDslType(method.ReturnType, method.ContainingType.Name);
        return isFactoryName ? ForKind(method.ContainingType.Name) : null;
    }

    // The API server's grammar for each kind the DSL makes, as the KT1001 rule applies it (K8sTyped.Rules.Naming.ObjectNameGrammars).
    private static Func<string, string?> ForKind(string kind) => kind switch
    {
        "Service" => NearestKubernetesNames.Dns1035Label,
        "Namespace" or "StatefulSet" => NearestKubernetesNames.Dns1123Label,
        _ => NearestKubernetesNames.Dns1123Subdomain,
    };
}
