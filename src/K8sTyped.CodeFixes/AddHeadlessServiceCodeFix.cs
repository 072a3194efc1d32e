using System.Collections.Immutable;
using System.Composition;
using K8sTyped.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace K8sTyped.CodeFixes;

/// <summary>
/// KT2001 (the StatefulSet's serviceName names no Service) on <c>.GovernedBy("name")</c>: "Add a headless Service 'name'"
/// declares <c>static readonly Service NameService = Service.Headless("name").Selecting(pods).Port(...)</c> in the
/// manifest class, just before the member holding the StatefulSet (static fields initialize in order), selecting the
/// labels given to <c>.Pods(labels, ...)</c> and exposing the containers' named ports; it adds the Service to the
/// application's <c>Add(...)</c> beside the StatefulSet, and <c>GovernedBy</c> then takes the new member. Each fix adds
/// a member and edits shared calls, so there is no Fix All.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddHeadlessServiceCodeFix)), Shared]
public sealed class AddHeadlessServiceCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of every action of this fix.</summary>
    public const string EquivalenceKey = "K8sTyped.AddHeadlessService";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleDescriptors.GoverningServiceMissing.Id);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (DiagnosticNodes.ExpressionAt(root, diagnostic.Location.SourceSpan) is not { } serviceName
                || HeadlessServicePlan.Create(serviceName, model, context.CancellationToken) is not { } plan) continue;
            context.RegisterCodeFix(
                CodeAction.Create($"Add a headless Service '{plan.ServiceName}'", c => plan.ApplyAsync(context.Document, c), EquivalenceKey),
                diagnostic);
        }
    }
}
