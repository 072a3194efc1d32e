using System.Collections.Immutable;
using System.Composition;
using K8sTyped.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace K8sTyped.CodeFixes;

/// <summary>
/// KT2002 (the governing Service is not headless): "Make the Service headless" turns the Service's factory
/// (<c>Service.ClusterIP</c>, <c>NodePort</c> or <c>LoadBalancer</c>) into <c>Service.Headless</c>, and drops the
/// <c>nodePort</c> arguments of its ports, which a headless Service cannot have. The factory is found at the
/// diagnostic, at its additional locations, or through the Service the argument names (a field, property or local).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeServiceHeadlessCodeFix)), Shared]
public sealed class MakeServiceHeadlessCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of every action of this fix.</summary>
    public const string EquivalenceKey = "K8sTyped.MakeServiceHeadless";

    private static readonly string[] NotHeadlessFactories = ["ClusterIP", "NodePort", "LoadBalancer"];

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleDescriptors.GoverningServiceNotHeadless.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var solution = context.Document.Project.Solution;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await FindFactoryAsync(solution, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } factory) continue;
            context.RegisterCodeFix(
                CodeAction.Create("Make the Service headless", c => MakeHeadlessAsync(factory.Document, factory.Call, c), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<(Document Document, InvocationExpressionSyntax Call)?> FindFactoryAsync(Solution solution, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        foreach (var location in new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations))
        {
            if (location.SourceTree is not { } tree || solution.GetDocument(tree) is not { } document) continue;
            var root = await tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model is null || DiagnosticNodes.ExpressionAt(root, location.SourceSpan) is not { } expression) continue;
            if (FactoryAt(expression, model, cancellationToken) is { } call) return (document, call);
            if (await FactoryOfDeclarationAsync(solution, model.GetSymbolInfo(expression, cancellationToken).Symbol, cancellationToken).ConfigureAwait(false) is { } declared)
                return declared;
        }

        return null;
    }

    // The factory call the expression is part of (Service.ClusterIP("db") itself, or inside it), or that starts the chain it is.
    private static InvocationExpressionSyntax? FactoryAt(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        var candidates = expression.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().Take(1)
            .Concat(FluentChain.Factory(expression) is { } factory ? [factory] : []);
        return candidates.FirstOrDefault(call => IsNotHeadlessFactory(call, model, cancellationToken));
    }

    // GovernedBy(Svc): the factory that starts the initializer of the field, property or local Svc.
    private static async Task<(Document Document, InvocationExpressionSyntax Call)?> FactoryOfDeclarationAsync(Solution solution, ISymbol? symbol, CancellationToken cancellationToken)
    {
        if (symbol is not (IFieldSymbol or IPropertySymbol or ILocalSymbol)) return null;
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var declaration = await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false);
            var initializer = declaration switch
            {
                VariableDeclaratorSyntax variable => variable.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
                _ => null,
            };
            if (initializer is null || solution.GetDocument(reference.SyntaxTree) is not { } document) continue;
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model is not null && FluentChain.Factory(initializer) is { } call && IsNotHeadlessFactory(call, model, cancellationToken))
                return (document, call);
        }

        return null;
    }

    private static bool IsNotHeadlessFactory(InvocationExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken) =>
        DslSymbols.MethodOf(model, call, cancellationToken) is { IsStatic: true } method && DslSymbols.IsMethodOf(method, "Service", NotHeadlessFactories);

    private static async Task<Solution> MakeHeadlessAsync(Document document, InvocationExpressionSyntax factory, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var name = factory.Expression is MemberAccessExpressionSyntax access ? access.Name : (SimpleNameSyntax)factory.Expression;
        editor.ReplaceNode(name, SyntaxFactory.IdentifierName("Headless").WithTriviaFrom(name));
        foreach (var nodePort in NodePortArguments(factory, editor.SemanticModel, cancellationToken))
            editor.RemoveNode(nodePort);
        return editor.GetChangedDocument().Project.Solution;
    }

    // Port(name, port, targetPort, protocol, nodePort) along the Service's chain: a headless Service has no node ports (KT1402).
    private static IEnumerable<ArgumentSyntax> NodePortArguments(InvocationExpressionSyntax factory, SemanticModel model, CancellationToken cancellationToken) =>
        FluentChain.Calls(FluentChain.Outermost(factory))
            .Where(call => DslSymbols.IsMethodOf(DslSymbols.MethodOf(model, call, cancellationToken), "Service", "Port"))
            .Select(call => model.GetOperation(call, cancellationToken))
            .OfType<IInvocationOperation>()
            .SelectMany(invocation => invocation.Arguments)
            .Where(argument => argument is { ArgumentKind: ArgumentKind.Explicit, Parameter.Name: "nodePort" })
            .Select(argument => argument.Syntax)
            .OfType<ArgumentSyntax>();
}
