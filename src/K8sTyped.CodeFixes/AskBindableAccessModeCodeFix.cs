using System.Collections.Immutable;
using System.Composition;
using K8sTyped.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace K8sTyped.CodeFixes;

/// <summary>
/// KT3001 (a claim that can never bind) on the access-mode argument: "Ask ReadWriteOnce", one action per mode with
/// which the analyzer found the claim would bind (its <c>BindableAccessModes</c> property), so the fix never leaves
/// the claim Pending. The argument, one mode or several, becomes <c>AccessMode.X</c>. Fix All asks the same mode everywhere.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AskBindableAccessModeCodeFix)), Shared]
public sealed class AskBindableAccessModeCodeFix : CodeFixProvider
{
    /// <summary>The diagnostic property with the modes, comma-separated API names (the analyzer's <c>BindableAccessModes.PropertyName</c>).</summary>
    public const string BindableAccessModesProperty = "BindableAccessModes";

    /// <summary>The equivalence key of the action that asks <paramref name="mode"/>.</summary>
    public static string EquivalenceKeyFor(AccessMode mode) => "K8sTyped.AskAccessMode:" + mode;

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleDescriptors.ClaimCannotBind.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model?.Compilation.GetTypeByMetadataName("K8sTyped.AccessMode") is not { } accessModeType) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var modes = BindableModes(diagnostic);
            if (modes.Count == 0) continue;
            if (DiagnosticNodes.ExpressionAt(root, diagnostic.Location.SourceSpan) is not { } located
                || AccessModeArgument(located, model, accessModeType, context.CancellationToken) is not { } argument) continue;
            foreach (var mode in modes)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Ask {mode}", _ => Task.FromResult(Ask(context.Document, root, argument, accessModeType, mode)), EquivalenceKeyFor(mode)),
                    diagnostic);
            }
        }
    }

    // Only the API names of K8sTyped's AccessMode (which are its member names); anything else in the property is ignored.
    private static IReadOnlyList<AccessMode> BindableModes(Microsoft.CodeAnalysis.Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(BindableAccessModesProperty, out var value) || string.IsNullOrEmpty(value)) return [];
        return value!.Split(',')
            .Select(name => name.Trim())
            .Where(name => Enum.GetNames(typeof(AccessMode)).Contains(name))
            .Select(name => (AccessMode)Enum.Parse(typeof(AccessMode), name))
            .Distinct()
            .ToList();
    }

    // The access modes of the claim the diagnostic is on: the argument itself, or, when the diagnostic is on the claim's
    // call, the access-mode argument of that ClaimTemplate(...) call, or of the last AccessModes(...) call of that
    // PersistentVolumeClaim. A StatefulSet's other templates are never looked at.
    private static ExpressionSyntax? AccessModeArgument(ExpressionSyntax located, SemanticModel model, INamedTypeSymbol accessModeType, CancellationToken cancellationToken)
    {
        if (IsAccessModeArgument(located, model, accessModeType, cancellationToken)) return located;
        if (located.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault() is not { } call) return null;
        var claimCalls = DslSymbols.IsMethodOf(DslSymbols.MethodOf(model, call, cancellationToken), "StatefulSet", "ClaimTemplate")
            ? [call]
            : FluentChain.Calls(FluentChain.Outermost(call))
                .Where(c => DslSymbols.IsMethodOf(DslSymbols.MethodOf(model, c, cancellationToken), "PersistentVolumeClaim", "AccessModes"));
        return claimCalls
            .SelectMany(c => c.ArgumentList.Arguments)
            .Select(a => a.Expression)
            .FirstOrDefault(a => IsAccessModeArgument(a, model, accessModeType, cancellationToken));
    }

    // The whole argument of a DSL parameter taking one mode or several (AccessMode, AccessMode[], IEnumerable<AccessMode>):
    // each of those methods has a one-mode overload, so AccessMode.X always binds in its place.
    private static bool IsAccessModeArgument(ExpressionSyntax expression, SemanticModel model, INamedTypeSymbol accessModeType, CancellationToken cancellationToken)
    {
        if (expression.Parent is not ArgumentSyntax argumentSyntax
            || model.GetOperation(argumentSyntax, cancellationToken) is not IArgumentOperation { ArgumentKind: ArgumentKind.Explicit, Parameter.Type: { } type })
            return false;
        var element = type switch
        {
            IArrayTypeSymbol array => array.ElementType,
            INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } enumerable when enumerable.ConstructedFrom.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T => enumerable.TypeArguments[0],
            _ => type,
        };
        return SymbolEqualityComparer.Default.Equals(element, accessModeType);
    }

    private static Document Ask(Document document, SyntaxNode root, ExpressionSyntax argument, INamedTypeSymbol accessModeType, AccessMode mode)
    {
        var generator = SyntaxGenerator.GetGenerator(document);
        var replacement = generator.MemberAccessExpression(generator.TypeExpression(accessModeType), mode.ToString())
            .WithTriviaFrom(argument)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(argument, replacement));
    }
}
