using System.Collections.Immutable;
using System.Composition;
using K8sTyped.Rules;
using K8sTyped.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace K8sTyped.CodeFixes;

/// <summary>
/// KT1001 (object name or namespace) and KT1006 (container, volume, claim template name, hostname, subdomain) on a string
/// literal: "Use 'my-db'", the nearest name of the grammar the literal is held to (<see cref="NearestKubernetesNames"/>).
/// Fix All renames every such literal the same way.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNearestValidNameCodeFix)), Shared]
public sealed class UseNearestValidNameCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of every action of this fix.</summary>
    public const string EquivalenceKey = "K8sTyped.UseNearestValidName";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleDescriptors.InvalidObjectName.Id, RuleDescriptors.InvalidMemberName.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (DiagnosticNodes.StringLiteralAt(root, diagnostic.Location.SourceSpan) is not { } literal) continue;
            // Names inside a pod (KT1006) are all DNS-1123 labels; an object's name depends on its kind.
            var nearest = diagnostic.Id == RuleDescriptors.InvalidMemberName.Id
                ? NearestKubernetesNames.Dns1123Label
                : NameGrammars.ForObjectName(literal, model, context.CancellationToken);
            var name = literal.Token.ValueText;
            if (nearest?.Invoke(name) is not { } valid || valid == name) continue;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use '{valid}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, DiagnosticNodes.WithValue(literal, valid)))),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
