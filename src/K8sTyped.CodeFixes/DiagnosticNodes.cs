using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace K8sTyped.CodeFixes;

/// <summary>The syntax a diagnostic points at. The analyzers report on an argument or a call, so that is what is looked for.</summary>
internal static class DiagnosticNodes
{
    /// <summary>The expression at <paramref name="span"/>: an argument's value rather than the argument, or null when the span is not one expression.</summary>
    public static ExpressionSyntax? ExpressionAt(SyntaxNode root, TextSpan span)
    {
        if (span.End > root.FullSpan.End) return null;
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        return node switch
        {
            ArgumentSyntax argument => argument.Expression,
            AttributeArgumentSyntax attributeArgument => attributeArgument.Expression,
            ExpressionSyntax expression => expression,
            _ => null,
        };
    }

    /// <summary>The string literal at <paramref name="span"/>, or null when the diagnostic is not on one (a constant, a concatenation, ...).</summary>
    public static LiteralExpressionSyntax? StringLiteralAt(SyntaxNode root, TextSpan span) =>
        ExpressionAt(root, span) is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal
            : null;

    /// <summary><paramref name="literal"/> with another value, keeping its place and trivia.</summary>
    public static LiteralExpressionSyntax WithValue(LiteralExpressionSyntax literal, string value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value)).WithTriviaFrom(literal);
}
