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
                diagnostics[file.Path] = read.Errors.Select(error => MarkedAdditionalFiles.ReadProblem(DiagnosticDescriptors.InventoryUnreadable, file.Path, text, error)).ToImmutableArray();
        }

        return new InventoryFiles(objects, diagnostics);
    }
}
