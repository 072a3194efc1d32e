using K8sTyped.Generator.Model;
using K8sTyped.Origins;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace K8sTyped.Generator.Analysis;

/// <summary>
/// Turns the places the evaluator and the rules speak of (file paths with lines and columns) back into locations in
/// the compilation's syntax trees, so diagnostics can be shown, suppressed and configured like any other.
/// </summary>
internal sealed class SourceLocations
{
    private readonly Dictionary<string, SyntaxTree> _trees = new(StringComparer.Ordinal);

    public SourceLocations(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
            _trees[tree.FilePath] = tree;
    }

    public Location? Find(SourceSpan? span)
    {
        if (span is null || !_trees.TryGetValue(span.FilePath, out var tree)) return null;
        return span.Span.End <= tree.Length ? Location.Create(tree, span.Span) : null;
    }

    public Location? Find(SourceOrigin? origin)
    {
        if (origin is not { FilePath: { } path, Line: > 0 } || !_trees.TryGetValue(path, out var tree)) return null;
        var lines = tree.GetText().Lines;
        if (origin.Line > lines.Count) return null;
        var start = new LinePosition(origin.Line - 1, Math.Max(origin.Column - 1, 0));
        var end = origin.EndLine > 0 && origin.EndLine <= lines.Count
            ? new LinePosition(origin.EndLine - 1, Math.Max(origin.EndColumn - 1, 0))
            : new LinePosition(origin.Line - 1, lines[origin.Line - 1].End - lines[origin.Line - 1].Start);
        var span = origin.Column > 0 ? lines.GetTextSpan(new LinePositionSpan(start, end)) : TrimmedLine(lines[origin.Line - 1]);
        return Location.Create(tree, span);
    }

    // An origin known only by line (a run-time caller line) underlines the line's text, not its indentation.
    private static TextSpan TrimmedLine(TextLine line)
    {
        var text = line.ToString();
        var indentation = text.Length - text.TrimStart().Length;
        return TextSpan.FromBounds(line.Start + indentation, line.End);
    }
}
