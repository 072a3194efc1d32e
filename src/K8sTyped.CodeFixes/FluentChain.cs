using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sTyped.CodeFixes;

/// <summary>
/// A DSL expression such as <c>Service.ClusterIP("db").Selecting(pods).Port("sql", 5432)</c>: the calls along its
/// spine, from the factory to the last call. Arguments (lambdas included) are not part of the spine.
/// </summary>
internal static class FluentChain
{
    /// <summary>The whole chain <paramref name="call"/> belongs to: the outermost call made on its result, and so on.</summary>
    public static ExpressionSyntax Outermost(ExpressionSyntax call)
    {
        var current = call;
        while (current.Parent is MemberAccessExpressionSyntax access && access.Expression == current
               && access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access)
            current = invocation;
        return current;
    }

    /// <summary>The calls of the chain <paramref name="chain"/>, from the last one to the factory.</summary>
    public static IEnumerable<InvocationExpressionSyntax> Calls(ExpressionSyntax chain)
    {
        var current = chain;
        while (current is InvocationExpressionSyntax invocation)
        {
            yield return invocation;
            current = invocation.Expression is MemberAccessExpressionSyntax access ? access.Expression : null;
        }
    }

    /// <summary>The first call of the chain (its factory), or null when the chain does not start with a call.</summary>
    public static InvocationExpressionSyntax? Factory(ExpressionSyntax chain) => Calls(chain).LastOrDefault();

    /// <summary>The name a call is made by: <c>Port</c> in <c>x.Port(...)</c> and in <c>Port(...)</c>.</summary>
    public static string? NameOf(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        _ => null,
    };
}
