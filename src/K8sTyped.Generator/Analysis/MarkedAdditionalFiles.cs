using System.Runtime.CompilerServices;
using K8sTyped.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace K8sTyped.Generator.Analysis;

/// <summary>
/// Additional files that the package's targets mark with a metadata of their own (the cluster inventory, the previous
/// manifests, the linted manifests), found in path order and read as Kubernetes YAML or JSON once per content.
/// </summary>
internal static class MarkedAdditionalFiles
{
    private static readonly ConditionalWeakTable<SourceText, KubernetesReadResult> s_lenient = new();
    private static readonly ConditionalWeakTable<SourceText, KubernetesReadResult> s_strict = new();

    // What a cluster or an earlier build wrote may come from a newer Kubernetes than our model: unknown fields are
    // warnings, not a reason to ignore the file.
    private static readonly KubernetesReadOptions LenientReading = new() { Strict = false };

    /// <summary>Whether <paramref name="file"/> carries <paramref name="metadataName"/> = true.</summary>
    public static bool IsMarked(AdditionalText file, AnalyzerOptions options, string metadataName) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(metadataName, out var value)
        && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The files marked with <paramref name="metadataName"/>, in path order.</summary>
    public static IEnumerable<AdditionalText> Marked(AnalyzerOptions options, string metadataName) =>
        options.AdditionalFiles.Where(file => IsMarked(file, options, metadataName)).OrderBy(file => file.Path, StringComparer.Ordinal);

    /// <summary>
    /// The objects and problems of <paramref name="file"/>, whose content is <paramref name="text"/>: strictly, as kubectl
    /// reads what it applies (unknown fields are errors), or leniently.
    /// </summary>
    public static KubernetesReadResult Read(AdditionalText file, SourceText text, bool strict = false) =>
        strict
            ? s_strict.GetValue(text, t => KubernetesYaml.Read(t.ToString(), file.Path))
            : s_lenient.GetValue(text, t => KubernetesYaml.Read(t.ToString(), file.Path, LenientReading));

    /// <summary>A location in <paramref name="text"/> (the file at <paramref name="path"/>) from one-based line and column, clamped into the text.</summary>
    public static Location At(string path, SourceText text, int line, int column)
    {
        var lineIndex = Math.Min(Math.Max(line - 1, 0), Math.Max(text.Lines.Count - 1, 0));
        var textLine = text.Lines.Count > 0 ? text.Lines[lineIndex] : default;
        var columnIndex = Math.Min(Math.Max(column - 1, 0), textLine.End - textLine.Start);
        var start = textLine.Start + columnIndex;
        var span = TextSpan.FromBounds(start, Math.Max(start, textLine.End));
        return Location.Create(path, span, new LinePositionSpan(new LinePosition(lineIndex, columnIndex), text.Lines.GetLinePosition(span.End)));
    }

    /// <summary>A problem reading <paramref name="path"/>, as <paramref name="descriptor"/> at its line and column.</summary>
    public static Diagnostic ReadProblem(DiagnosticDescriptor descriptor, string path, SourceText text, KubernetesReadError error)
    {
        var message = error.Path.Length > 0 ? $"{error.Message} (at {error.Path})" : error.Message;
        var severity = error.Severity == KubernetesReadSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        return Diagnostic.Create(descriptor, At(path, text, error.Line, error.Column), severity, null, null, message);
    }
}
