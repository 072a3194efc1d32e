using System.Collections.Immutable;
using K8sTyped.Generator.Diagnostics;
using K8sTyped.Models;
using K8sTyped.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace K8sTyped.Generator.Analysis;

/// <summary>
/// The project's cluster inventory files (<c>K8sTypedClusterInventory</c> items: what already exists in the target cluster, YAML or
/// JSON as <c>kubectl get pv,storageclass,svc -A -o yaml</c> writes it), which the package's targets pass to the compiler
/// as additional files with the metadata <see cref="MetadataName"/>. Each file is read once per content.
/// </summary>
internal sealed class InventoryFiles
{
    /// <summary>The additional-file metadata that marks an inventory file (set by build/K8sTyped.targets).</summary>
    public const string MetadataName = "build_metadata.AdditionalFiles.K8sTypedClusterInventory";

    private InventoryFiles(IReadOnlyList<IKubernetesObject> objects, IReadOnlyDictionary<string, ImmutableArray<Diagnostic>> diagnostics)
    {
        Objects = objects;
        DiagnosticsByPath = diagnostics;
    }

    /// <summary>Every object of every inventory file, in file order.</summary>
    public IReadOnlyList<IKubernetesObject> Objects { get; }

    /// <summary>What could not be read, by file path, at the line and column of the problem.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<Diagnostic>> DiagnosticsByPath { get; }

    public static bool IsInventory(AdditionalText file, AnalyzerOptions options) => MarkedAdditionalFiles.IsMarked(file, options, MetadataName);

    public static InventoryFiles Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var objects = new List<IKubernetesObject>();
        var diagnostics = new Dictionary<string, ImmutableArray<Diagnostic>>(StringComparer.Ordinal);
        foreach (var file in MarkedAdditionalFiles.Marked(options, MetadataName))
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                diagnostics[file.Path] = ImmutableArray.Create(Diagnostic.Create(DiagnosticDescriptors.InventoryUnreadable, Location.Create(file.Path, default, default), $"'{file.Path}' could not be read"));
                continue;
            }

            var read = MarkedAdditionalFiles.Read(file, text);
            objects.AddRange(read.Objects);
            if (read.Errors.Count > 0)
                diagnostics[file.Path] = read.Errors.Select(error => ToDiagnostic(file.Path, text, error)).ToImmutableArray();
        }

        return new InventoryFiles(objects, diagnostics);
    }

    private static Diagnostic ToDiagnostic(string path, SourceText text, KubernetesReadError error)
    {
        var line = Math.Min(Math.Max(error.Line - 1, 0), Math.Max(text.Lines.Count - 1, 0));
        var textLine = text.Lines.Count > 0 ? text.Lines[line] : default;
        var column = Math.Min(Math.Max(error.Column - 1, 0), textLine.End - textLine.Start);
        var start = textLine.Start + column;
        var span = TextSpan.FromBounds(start, Math.Max(start, textLine.End));
        var location = Location.Create(path, span, new LinePositionSpan(new LinePosition(line, column), text.Lines.GetLinePosition(span.End)));
        var message = error.Path.Length > 0 ? $"{error.Message} (at {error.Path})" : error.Message;
        var severity = error.Severity == KubernetesReadSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        return Diagnostic.Create(DiagnosticDescriptors.InventoryUnreadable, location, severity, null, null, message);
    }
}
