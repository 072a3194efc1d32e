using K8sTyped.Origins;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// The call site the evaluator installs around each K8sTyped call: it knows the exact span of the call and of every
/// argument, so origins recorded by the DSL point at the argument that set a value, not just at a line.
/// </summary>
internal sealed class SpanCallSite : CallSite
{
    private readonly SourceOrigin _call;
    private readonly IReadOnlyDictionary<string, SourceOrigin> _arguments;

    private SpanCallSite(SourceOrigin call, IReadOnlyDictionary<string, SourceOrigin> arguments)
        : base(call.FilePath, call.Line)
    {
        _call = call;
        _arguments = arguments;
    }

    public static SpanCallSite For(IOperation call, IEnumerable<IArgumentOperation> arguments)
    {
        var byParameter = new Dictionary<string, SourceOrigin>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && !argument.IsImplicit)
                byParameter[parameter.Name] = Origin(argument.Syntax.SyntaxTree, argument.Value.Syntax.Span);
        }

        return new SpanCallSite(Origin(call.Syntax.SyntaxTree, CallSpan(call.Syntax)), byParameter);
    }

    /// <summary>A call site that is a fixed span, such as the member that holds an object.</summary>
    public static SpanCallSite At(Model.SourceSpan span) =>
        new(new SourceOrigin(span.FilePath, span.LineSpan.Start.Line + 1, span.LineSpan.Start.Character + 1, span.LineSpan.End.Line + 1, span.LineSpan.End.Character + 1),
            new Dictionary<string, SourceOrigin>());

    public override SourceOrigin Locate(string? parameterName) =>
        parameterName is not null && _arguments.TryGetValue(parameterName, out var origin) ? origin : _call;

    // In a chain a.B(1).C(2) the invocation of C spans the whole chain; the call itself starts at its name.
    private static TextSpan CallSpan(SyntaxNode syntax) =>
        syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax member } invocation
            ? TextSpan.FromBounds(member.Name.SpanStart, invocation.Span.End)
            : syntax.Span;

    private static SourceOrigin Origin(SyntaxTree tree, TextSpan span)
    {
        var lines = tree.GetLineSpan(span).Span;
        return new SourceOrigin(tree.FilePath, lines.Start.Line + 1, lines.Start.Character + 1, lines.End.Line + 1, lines.End.Character + 1);
    }
}
