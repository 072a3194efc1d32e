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
        if (origin.Column == 0) return Location.Create(tree, TrimmedLine(lines[origin.Line - 1]));
        var start = Position(lines, origin.Line, origin.Column);
        var end = origin.EndLine > 0 && origin.EndLine <= lines.Count ? Position(lines, origin.EndLine, origin.EndColumn) : lines[origin.Line - 1].End;
        return Location.Create(tree, TextSpan.FromBounds(start, Math.Max(start, end)));
    }

    // A 1-based line and column as an offset, kept inside the line: a place must never make the analyzer throw.
    private static int Position(TextLineCollection lines, int line, int column)
    {
        var text = lines[line - 1];
        return Math.Min(text.Start + Math.Max(column - 1, 0), text.End);
    }

    // An origin known only by line (a run-time caller line) underlines the line's text, not its indentation.
    private static TextSpan TrimmedLine(TextLine line)
    {
        var text = line.ToString();
        var indentation = text.Length - text.TrimStart().Length;
        return TextSpan.FromBounds(line.Start + indentation, line.End);
    }
}
