using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace K8sTyped.Generator.Model;

/// <summary>
/// A place in the user's source that survives across compilations (a <see cref="Location"/> holds its syntax tree,
/// which would keep old compilations alive and break the pipeline's equality); turned into a Location only to report.
/// </summary>
internal sealed record SourceSpan(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static SourceSpan From(SyntaxTree tree, TextSpan span) =>
        new(tree.FilePath, span, tree.GetLineSpan(span).Span);

    public static SourceSpan From(SyntaxNode node) => From(node.SyntaxTree, node.Span);

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
