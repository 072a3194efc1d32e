using System.Collections.Immutable;
using System.Composition;
using K8sTyped.Rules;
using K8sTyped.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sTyped.CodeFixes;

/// <summary>
/// KT0002 on a mistyped quantity literal ("250mb"): one action per quantity the parser's message suggests ("Use '250M'",
/// "Use '250Mi'"). Which unit was meant is the user's call, so there is no Fix All.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSuggestedQuantityCodeFix)), Shared]
public sealed class UseSuggestedQuantityCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the action that writes <paramref name="quantity"/>.</summary>
    public static string EquivalenceKeyFor(string quantity) => "K8sTyped.UseSuggestedQuantity:" + quantity;

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleDescriptors.InvalidDslValue.Id);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (DiagnosticNodes.StringLiteralAt(root, diagnostic.Location.SourceSpan) is not { } literal) continue;
            foreach (var quantity in QuantitySuggestions.For(literal.Token.ValueText))
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Use '{quantity}'", _ => Task.FromResult(Replace(context.Document, root, literal, quantity)), EquivalenceKeyFor(quantity)),
                    diagnostic);
            }
        }
    }

    private static Document Replace(Document document, SyntaxNode root, LiteralExpressionSyntax literal, string quantity) =>
        document.WithSyntaxRoot(root.ReplaceNode(literal, DiagnosticNodes.WithValue(literal, quantity)));
}
