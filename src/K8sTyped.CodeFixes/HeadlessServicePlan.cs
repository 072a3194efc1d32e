using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace K8sTyped.CodeFixes;

/// <summary>
/// What <see cref="AddHeadlessServiceCodeFix"/> writes for one <c>StatefulSet...GovernedBy("name")</c>, worked out from
/// the syntax and symbols before anything changes: the new member, where it goes, and the calls that take it. Null when
/// the StatefulSet is not in a member of a <c>[KubernetesManifests]</c> class the fix can reason about.
/// </summary>
internal sealed class HeadlessServicePlan
{
    private readonly ExpressionSyntax _governedByArgument;
    private readonly MemberDeclarationSyntax _setMember;
    private readonly (ArgumentListSyntax List, int Index)? _applicationArgument;
    private readonly MemberDeclarationSyntax _newMember;
    private readonly string _memberName;

    private HeadlessServicePlan(string serviceName, ExpressionSyntax governedByArgument, MemberDeclarationSyntax setMember, (ArgumentListSyntax, int)? applicationArgument, string memberName, MemberDeclarationSyntax newMember)
    {
        ServiceName = serviceName;
        _governedByArgument = governedByArgument;
        _setMember = setMember;
        _applicationArgument = applicationArgument;
        _memberName = memberName;
        _newMember = newMember;
    }

    /// <summary>The name of the Service to add.</summary>
    public string ServiceName { get; }

    /// <summary>The plan for the <c>GovernedBy</c> argument <paramref name="argument"/>, or null when there is none.</summary>
    public static HeadlessServicePlan? Create(ExpressionSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetConstantValue(argument, cancellationToken) is not { HasValue: true, Value: string { Length: > 0 } serviceName }
            || argument.Parent?.Parent?.Parent is not InvocationExpressionSyntax governedBy
            || !DslSymbols.IsMethodOf(DslSymbols.MethodOf(model, governedBy, cancellationToken), "StatefulSet", "GovernedBy")) return null;

        var set = FluentChain.Outermost(governedBy);
        var calls = FluentChain.Calls(set).Select(call => model.GetOperation(call, cancellationToken)).OfType<IInvocationOperation>().ToList();
        if (calls.FirstOrDefault(call => DslSymbols.IsMethodOf(call.TargetMethod, "StatefulSet", "Pods")) is not { } pods
            || ArgumentOf(pods, "labels") is not { } labels || !IsStatic(labels, model, cancellationToken)) return null;
        // InNamespace is declared once for every namespaced resource; the Service goes where the StatefulSet goes.
        var @namespace = calls.FirstOrDefault(call => call.TargetMethod.Name == "InNamespace" && DslSymbols.IsDslType(call.TargetMethod.ReturnType, "StatefulSet")) is { } inNamespace
            ? ArgumentOf(inNamespace, "namespace")
            : null;
        if (@namespace is not null && !IsStatic(@namespace, model, cancellationToken)) return null;

        // The StatefulSet must be (in) a field or property of the manifest class, so a field declared before it can serve it.
        if (set.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault() is not { } setMember
            || setMember is not (FieldDeclarationSyntax or PropertyDeclarationSyntax)
            || setMember.Parent is not ClassDeclarationSyntax manifestClass
            || model.GetDeclaredSymbol(manifestClass, cancellationToken) is not { } classSymbol
            || !classSymbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "K8sTyped.KubernetesManifestsAttribute")) return null;

        var applicationArgument = ApplicationArgument(manifestClass, set, setMember, model, cancellationToken);
        // An application that does not Add this StatefulSet directly (a helper builds it, say) would not get the Service.
        if (applicationArgument is null && classSymbol.GetMembers().Any(m => DslSymbols.IsDslType(TypeOf(m), "Application"))) return null;

        var memberName = MemberName(serviceName, classSymbol);
        var ports = ContainerPorts(ArgumentOf(pods, "configure"), model, cancellationToken);
        var newMember = NewMember(memberName, serviceName, labels, @namespace, ports, setMember);
        return new HeadlessServicePlan(serviceName, argument, setMember, applicationArgument, memberName, newMember);
    }

    /// <summary>Adds the member before the StatefulSet's, the Service to the application, and the member to <c>GovernedBy</c>.</summary>
    public async Task<Document> ApplyAsync(Document document, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        editor.ReplaceNode(_governedByArgument, SyntaxFactory.IdentifierName(_memberName).WithTriviaFrom(_governedByArgument));
        if (_applicationArgument is { } added)
            editor.ReplaceNode(added.List, (current, _) => InsertArgument((ArgumentListSyntax)current, added.Index, _memberName));
        editor.InsertBefore(_setMember, _newMember);
        return editor.GetChangedDocument();
    }

    private static ExpressionSyntax? ArgumentOf(IInvocationOperation call, string parameter) =>
        call.Arguments.FirstOrDefault(a => a.ArgumentKind == ArgumentKind.Explicit && a.Parameter?.Name == parameter)?.Syntax is ArgumentSyntax argument
            ? argument.Expression
            : null;

    // Copied into a static field initializer, the expression may not use the locals or parameters around the StatefulSet.
    private static bool IsStatic(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) =>
        !expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Any(name => model.GetSymbolInfo(name, cancellationToken).Symbol is ILocalSymbol or IParameterSymbol or IRangeVariableSymbol);

    private static ITypeSymbol? TypeOf(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    // The Add(...) of the class's application that takes the StatefulSet: written inline, or as the member that holds it.
    private static (ArgumentListSyntax, int)? ApplicationArgument(ClassDeclarationSyntax manifestClass, ExpressionSyntax set, MemberDeclarationSyntax setMember, SemanticModel model, CancellationToken cancellationToken)
    {
        var setSymbol = setMember switch
        {
            FieldDeclarationSyntax field => field.Declaration.Variables.FirstOrDefault(v => v.Initializer?.Value == set) is { } variable ? model.GetDeclaredSymbol(variable, cancellationToken) : null,
            PropertyDeclarationSyntax property when property.Initializer?.Value == set || property.ExpressionBody?.Expression == set => model.GetDeclaredSymbol(property, cancellationToken),
            _ => null,
        };
        foreach (var add in manifestClass.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (!DslSymbols.IsMethodOf(DslSymbols.MethodOf(model, add, cancellationToken), "Application", "Add")) continue;
            var arguments = add.ArgumentList.Arguments;
            for (var i = 0; i < arguments.Count; i++)
            {
                var value = arguments[i].Expression;
                if (value.Span.Contains(set.Span)
                    || (setSymbol is not null && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(value, cancellationToken).Symbol, setSymbol)))
                    return (add.ArgumentList, i);
            }
        }

        return null;
    }

    // The containers' named ports (Container.Port(name, containerPort)) with constant values, each name once, in source
    // order (by argument list: in c.Port(a).Port(b) the outer call, b, starts first).
    private static IReadOnlyList<(string Name, int Port)> ContainerPorts(ExpressionSyntax? podLambda, SemanticModel model, CancellationToken cancellationToken) =>
        (podLambda?.DescendantNodes().OfType<InvocationExpressionSyntax>() ?? [])
            .OrderBy(call => call.ArgumentList.SpanStart)
            .Select(call => model.GetOperation(call, cancellationToken))
            .OfType<IInvocationOperation>()
            .Where(call => DslSymbols.IsMethodOf(call.TargetMethod, "Container", "Port"))
            .Select(call => (Name: ConstantOf(call, "name") as string, Port: ConstantOf(call, "containerPort") as int?))
            .Where(port => !string.IsNullOrEmpty(port.Name) && port.Port is not null)
            .GroupBy(port => port.Name, StringComparer.Ordinal)
            .Select(group => (group.Key!, group.First().Port!.Value))
            .ToList();

    private static object? ConstantOf(IInvocationOperation call, string parameter) =>
        call.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter)?.Value.ConstantValue is { HasValue: true } constant ? constant.Value : null;

    // "db-headless" gives DbHeadlessService; a name the class already has gets a number.
    private static string MemberName(string serviceName, INamedTypeSymbol manifestClass)
    {
        var words = serviceName.Split(['-', '.', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1));
        var pascal = string.Concat(words);
        if (pascal.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(pascal[0])) pascal = "Governing" + pascal;
        var name = pascal.EndsWith("Service", StringComparison.Ordinal) ? pascal : pascal + "Service";
        var taken = new HashSet<string>(manifestClass.MemberNames, StringComparer.Ordinal) { manifestClass.Name };
        var unique = name;
        for (var n = 2; taken.Contains(unique); n++) unique = name + n;
        return unique;
    }

    private static MemberDeclarationSyntax NewMember(string memberName, string serviceName, ExpressionSyntax labels, ExpressionSyntax? @namespace, IReadOnlyList<(string Name, int Port)> ports, MemberDeclarationSyntax setMember)
    {
        var service = "global::K8sTyped.Service";
        var chain = $"{service}.Headless({SymbolDisplay.FormatLiteral(serviceName, quote: true)})"
            + (@namespace is null ? "" : $".InNamespace({@namespace.WithoutTrivia()})")
            + $".Selecting({labels.WithoutTrivia()})"
            + string.Concat(ports.Select(p => $".Port({SymbolDisplay.FormatLiteral(p.Name, quote: true)}, {p.Port})"));
        var member = SyntaxFactory.ParseMemberDeclaration($"static readonly {service} {memberName} = {chain};")!;
        // Indented like the member it precedes, on a line of its own.
        var indentation = setMember.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault();
        var newLine = setMember.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return member
            .WithLeadingTrivia(indentation == default ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(indentation))
            .WithTrailingTrivia(newLine == default ? SyntaxFactory.CarriageReturnLineFeed : newLine)
            .WithAdditionalAnnotations(Simplifier.Annotation);
    }

    // Before argument `index`, on its line and with its indentation when the arguments are one per line.
    private static ArgumentListSyntax InsertArgument(ArgumentListSyntax list, int index, string memberName)
    {
        var items = list.Arguments.GetWithSeparators();
        var target = list.Arguments[index];
        var separatorTrivia = index > 0
            ? list.Arguments.GetSeparator(index - 1).TrailingTrivia
            : list.OpenParenToken.TrailingTrivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia))
                ? list.OpenParenToken.TrailingTrivia
                : SyntaxFactory.TriviaList(SyntaxFactory.Space);
        var argument = SyntaxFactory.Argument(SyntaxFactory.IdentifierName(memberName)).WithLeadingTrivia(target.GetLeadingTrivia());
        var separator = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(separatorTrivia);
        return list.WithArguments(SyntaxFactory.SeparatedList<ArgumentSyntax>(items.InsertRange(2 * index, [argument, separator])));
    }
}
